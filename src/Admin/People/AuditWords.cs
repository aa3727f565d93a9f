using System.Globalization;
using System.Text.RegularExpressions;
using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.People;

/// <summary>
/// An audit entry in people's words, in the current language: who (by name), what they did, about what (a desk by
/// its number and agency, a service, an account, a device by their names; never an id) and the detail (pause reasons,
/// configuration fields and their values, channels, sizes) read from what the writer recorded. The log itself keeps
/// what was written; only its reading is translated, so older entries read as well as new ones.
/// </summary>
public sealed partial class AuditWords
{
    private readonly SiteCatalog _catalog;
    private readonly IReadOnlyDictionary<string, Officer> _officers;
    private readonly IReadOnlyDictionary<string, string> _otherNames;
    private readonly Func<string, Complaint?> _findComplaint;
    private readonly Func<string, Booking?> _findBooking;

    /// <param name="catalog">The building, for desks, services, agencies and zones.</param>
    /// <param name="officers">Every account by id.</param>
    /// <param name="otherNames">The names of devices, API clients and webhook subscriptions by their ids.</param>
    /// <param name="findComplaint">A complaint by its id.</param>
    /// <param name="findBooking">A booking by its code.</param>
    public AuditWords(
        SiteCatalog catalog,
        IReadOnlyDictionary<string, Officer> officers,
        IReadOnlyDictionary<string, string>? otherNames = null,
        Func<string, Complaint?>? findComplaint = null,
        Func<string, Booking?>? findBooking = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(officers);
        _catalog = catalog;
        _officers = officers;
        _otherNames = otherNames ?? new Dictionary<string, string>();
        _findComplaint = findComplaint ?? (_ => null);
        _findBooking = findBooking ?? (_ => null);
    }

    internal static CultureInfo Culture => CultureInfo.CurrentUICulture;

    /// <summary>The words of an action code in a language, or null when it has none (the audit page then shows the code).</summary>
    public static string? ActionText(string action, CultureInfo culture) =>
        AuditText.ResourceManager.GetString("Action_" + action, culture) is { Length: > 0 } text ? text : null;

    /// <summary>
    /// The resource key of what a change through the API did, by its method and route ("POST", "/api/v1/bookings/{code}/cancel"),
    /// or null for a call the audit page has no words for.
    /// </summary>
    public static string? ApiCallKey(string method, string route) => ApiCallWords.Key(method, route);

    public string Actor(string? actorId)
    {
        if (actorId is null)
        {
            return AuditText.ActorSystem;
        }

        if (_officers.TryGetValue(actorId, out var officer))
        {
            return officer.DisplayName;
        }

        if (actorId.StartsWith(ApiAudit.ActorPrefix, StringComparison.Ordinal))
        {
            var clientId = actorId[ApiAudit.ActorPrefix.Length..];
            return Labels.Format(AuditText.ActorApiClient, _otherNames.GetValueOrDefault(clientId, clientId));
        }

        return actorId;
    }

    public static string Action(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Action == ApiAudit.Call && ApiCallWords.Match(entry.Detail) is { Success: true } call
            && ApiCallKey(call.Groups["method"].Value, call.Groups["route"].Value) is { } key
            && AuditText.ResourceManager.GetString(key, Culture) is { Length: > 0 } did)
        {
            return did;
        }

        return ActionText(entry.Action, Culture) ?? entry.Action;
    }

    /// <summary>What the entry is about, by name; <paramref name="ticket"/> when the subject is a ticket.</summary>
    public string Subject(AuditEntry entry, Ticket? ticket = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var subject = entry.Subject;
        if (_officers.TryGetValue(subject, out var officer))
        {
            return officer.DisplayName + " (" + officer.UserName + ")";
        }

        if (_catalog.FindDesk(subject) is { } desk)
        {
            return DeskName(desk);
        }

        if (_catalog.FindService(subject) is { } service)
        {
            return ServiceName(service);
        }

        if (_catalog.Agencies.TryGetValue(subject, out var agency))
        {
            return agency.Name;
        }

        if (_catalog.Zones.TryGetValue(subject, out var zone))
        {
            return zone.Name;
        }

        if (subject == _catalog.Site.Id)
        {
            return _catalog.Site.Name;
        }

        if (ticket is not null)
        {
            return ticket.Number.ToString();
        }

        if (entry.Action is SiteLogoService.UploadAction or SiteLogoService.RemoveAction)
        {
            return AuditText.SubjectLogo;
        }

        if (entry.Action.StartsWith("config.holiday.", StringComparison.Ordinal) && Day(subject) is { } day)
        {
            return day;
        }

        if (_otherNames.TryGetValue(subject, out var name))
        {
            return name;
        }

        if (entry.Action.StartsWith("Device", StringComparison.Ordinal) && DeviceMatch().Match(entry.Detail ?? string.Empty) is { Success: true } device)
        {
            return device.Groups["name"].Value;
        }

        if (entry.Action == ComplaintForwarder.ResentAction && _findComplaint(subject) is { } complaint)
        {
            return Labels.Format(AuditText.SubjectComplaint, complaint.TicketNumber);
        }

        if (entry.Action == ApiAudit.Call && _findBooking(subject) is { } booking)
        {
            return Labels.Format(AuditText.SubjectBooking, booking.Code);
        }

        return subject;
    }

    /// <summary>The detail as lines of words (none when the action says it all).</summary>
    public IReadOnlyList<string> Detail(AuditEntry entry) => new AuditDetailWords(this).Describe(entry);

    /// <summary>"Loket 3 · Disdukcapil": the desk's number and its agency.</summary>
    public string DeskName(Desk desk)
    {
        ArgumentNullException.ThrowIfNull(desk);
        return _catalog.Agencies.TryGetValue(desk.AgencyId, out var agency)
            ? Labels.Format(AuditText.SubjectDeskOf, Labels.Desk(desk), Labels.AgencyName(agency))
            : Labels.Desk(desk);
    }

    public string ServiceName(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return _catalog.Agencies.TryGetValue(service.AgencyId, out var agency)
            ? Labels.Format(AuditText.SubjectDeskOf, Labels.Service(service), Labels.AgencyName(agency))
            : Labels.Service(service);
    }

    internal SiteCatalog Catalog => _catalog;

    /// <summary>An agency's name from its id, "the whole MPP" for "MPP" (how writers name a building-wide scope).</summary>
    internal string AgencyOrMpp(string id) =>
        id is "MPP" or "" ? AuditText.WholeMpp : _catalog.Agencies.TryGetValue(id, out var agency) ? agency.Name : id;

    /// <summary>A day written yyyy-MM-dd, as people read it ("23 Nov 2026"); null when it is not one.</summary>
    internal static string? Day(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("d MMM yyyy", Culture)
            : null;

    internal string ServiceOf(string id) => _catalog.FindService(id) is { } service ? ServiceName(service) : id;

    [GeneratedRegex(@"^(?<kind>Kiosk|Zone|Desk): (?<name>.*)$")]
    internal static partial Regex DeviceMatch();
}
