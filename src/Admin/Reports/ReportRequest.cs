using System.Globalization;
using System.Security.Claims;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Reports;

/// <summary>
/// A report as asked for in an address (the page's and the downloads' query): <c>period</c> (Today, ThisWeek,
/// ThisMonth, LastMonth, ThisYear or Custom), <c>from</c> and <c>to</c> (yyyy-MM-dd, for Custom), and the
/// filters <c>agency</c>, <c>service</c>, <c>desk</c>, <c>officer</c> (ids; empty or absent means all).
/// </summary>
public sealed record ReportRequest(
    ReportPeriodKind Kind,
    DateOnly? From = null,
    DateOnly? To = null,
    string? AgencyId = null,
    string? ServiceId = null,
    string? DeskId = null,
    string? OfficerId = null)
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The longest id accepted from an address; longer is refused as unknown without a look-up.</summary>
    private const int MaxIdLength = 100;

    public ReportFilter Filter => new(AgencyId, ServiceId, DeskId, OfficerId);

    /// <summary>The address query of this request (without "?"), as the page and the downloads read it.</summary>
    public string Query
    {
        get
        {
            var parts = new List<string> { "period=" + Kind };
            if (Kind == ReportPeriodKind.Custom)
            {
                Add(parts, "from", From?.ToString(DateFormat, CultureInfo.InvariantCulture));
                Add(parts, "to", To?.ToString(DateFormat, CultureInfo.InvariantCulture));
            }

            Add(parts, "agency", AgencyId);
            Add(parts, "service", ServiceId);
            Add(parts, "desk", DeskId);
            Add(parts, "officer", OfficerId);
            return string.Join('&', parts);
        }
    }

    /// <summary>Reads a request from address values; a period without a name but with dates is custom, none at all is this month.</summary>
    /// <exception cref="ReportException">The period name or a date is not recognised, or an id is too long.</exception>
    public static ReportRequest Parse(string? period, string? from, string? to, string? agency, string? service, string? desk, string? officer)
    {
        ReportPeriodKind kind;
        if (string.IsNullOrWhiteSpace(period))
        {
            kind = string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to) ? ReportPeriodKind.ThisMonth : ReportPeriodKind.Custom;
        }
        else if (!Enum.TryParse(period.Trim(), ignoreCase: true, out kind) || !Enum.IsDefined(kind) || int.TryParse(period, out _))
        {
            throw new ReportException(ReportErrorCode.UnknownPeriod, Shorten(period));
        }

        DateOnly? first = null, last = null;
        if (kind == ReportPeriodKind.Custom)
        {
            first = ParseDate(from);
            last = ParseDate(to);
        }

        return new ReportRequest(kind, first, last, Id(agency, ReportErrorCode.UnknownAgency), Id(service, ReportErrorCode.UnknownService), Id(desk, ReportErrorCode.UnknownDesk), Id(officer, ReportErrorCode.UnknownOfficer));
    }

    /// <summary>The agency an account is limited to (its claim), or null for an admin or an MPP-wide supervisor.</summary>
    public static string? ScopeOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(nameof(OfficerRole.Admin)) ? null : user.FindFirst(MppClaims.AgencyId)?.Value;
    }

    /// <summary>The agency an account is limited to, from the stored account.</summary>
    public static string? ScopeOf(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return officer.Role == OfficerRole.Admin ? null : officer.AgencyId;
    }

    /// <summary>The period on a given local day.</summary>
    public ReportPeriod PeriodOn(DateOnly today) => Kind == ReportPeriodKind.Custom
        ? new ReportPeriod(From ?? today, To ?? today)
        : ReportPeriod.Of(Kind, today);

    /// <summary>This request narrowed to an account's agency: an agency supervisor sees only their own agency.</summary>
    /// <exception cref="ReportException"><see cref="ReportErrorCode.OutOfScope"/>: another agency was asked for.</exception>
    public ReportRequest WithinScope(string? agencyScope)
    {
        if (agencyScope is null)
        {
            return this;
        }

        if (AgencyId is not null && AgencyId != agencyScope)
        {
            throw new ReportException(ReportErrorCode.OutOfScope, AgencyId);
        }

        return this with { AgencyId = agencyScope };
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ReportException(ReportErrorCode.InvalidDate, Shorten(value));
    }

    private static string? Id(string? value, ReportErrorCode unknown)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Length > MaxIdLength ? throw new ReportException(unknown, Shorten(value)) : value.Trim();
    }

    private static string Shorten(string value) => Printable.Echo(value);

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
}
