using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>
/// The report page's filters as the supervisor sets them: a period choice (with its dates when custom), an agency,
/// a service, a desk and an officer. It turns them into a <see cref="ReportRequest"/> and back into the page's
/// address, so a report can be bookmarked; an agency supervisor's own agency is never written into the address.
/// A plain class, so the page's rules are tested without rendering.
/// </summary>
public sealed class ReportForm
{
    public ReportPeriodKind Choice { get; private set; } = ReportPeriodKind.ThisMonth;

    public DateTime? From { get; private set; }

    public DateTime? To { get; private set; }

    public string AgencyId { get; private set; } = string.Empty;

    public string ServiceId { get; private set; } = string.Empty;

    public string DeskId { get; private set; } = string.Empty;

    public string OfficerId { get; private set; } = string.Empty;

    /// <summary>Fills the form from a request read from the address, with its period on <paramref name="today"/>.</summary>
    public void Fill(ReportRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        Choice = request.Kind;
        var period = request.PeriodOn(today);
        From = period.From.ToDateTime(TimeOnly.MinValue);
        To = period.To.ToDateTime(TimeOnly.MinValue);
        AgencyId = request.AgencyId ?? string.Empty;
        ServiceId = request.ServiceId ?? string.Empty;
        DeskId = request.DeskId ?? string.Empty;
        OfficerId = request.OfficerId ?? string.Empty;
    }

    /// <summary>A period choice; a custom range starts from the period on screen, so one date can be changed at a time.</summary>
    public void Choose(ReportPeriodKind choice, ReportPeriod? shown)
    {
        Choice = choice;
        if (choice == ReportPeriodKind.Custom && shown is not null)
        {
            From = shown.From.ToDateTime(TimeOnly.MinValue);
            To = shown.To.ToDateTime(TimeOnly.MinValue);
        }
    }

    public void SetFrom(DateTime? value) => From = value;

    public void SetTo(DateTime? value) => To = value;

    /// <summary>Another agency: a service, desk or officer of the old one would make an empty report, so they start afresh.</summary>
    public void SetAgency(string? value)
    {
        AgencyId = value ?? string.Empty;
        ServiceId = DeskId = OfficerId = string.Empty;
    }

    public void SetService(string? value) => ServiceId = value ?? string.Empty;

    public void SetDesk(string? value) => DeskId = value ?? string.Empty;

    public void SetOfficer(string? value) => OfficerId = value ?? string.Empty;

    /// <summary>The request the form describes (dates only for a custom period).</summary>
    public ReportRequest ToRequest()
    {
        var custom = Choice == ReportPeriodKind.Custom;
        return new ReportRequest(
            Choice,
            custom && From is { } f ? DateOnly.FromDateTime(f) : null,
            custom && To is { } t ? DateOnly.FromDateTime(t) : null,
            NullIfEmpty(AgencyId),
            NullIfEmpty(ServiceId),
            NullIfEmpty(DeskId),
            NullIfEmpty(OfficerId));
    }

    /// <summary>The address's query for a request shown within <paramref name="scope"/> (the supervisor's own agency is implied).</summary>
    public static Dictionary<string, object?> Query(ReportRequest request, string? scope)
    {
        ArgumentNullException.ThrowIfNull(request);
        var custom = request.Kind == ReportPeriodKind.Custom;
        return new Dictionary<string, object?>
        {
            ["period"] = request.Kind.ToString(),
            ["from"] = custom ? request.From?.ToString(ReportRequest.DateFormat, CultureInfo.InvariantCulture) : null,
            ["to"] = custom ? request.To?.ToString(ReportRequest.DateFormat, CultureInfo.InvariantCulture) : null,
            ["agency"] = request.AgencyId == scope ? null : request.AgencyId,
            ["service"] = request.ServiceId,
            ["desk"] = request.DeskId,
            ["officer"] = request.OfficerId,
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
