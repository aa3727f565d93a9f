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

    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    /// <summary>The words of an action code in a language, or null when it has none (the audit page then shows the code).</summary>
    public static string? ActionText(string action, CultureInfo culture) =>
        AuditText.ResourceManager.GetString("Action_" + action, culture) is { Length: > 0 } text ? text : null;

    /// <summary>
    /// The resource key of what a change through the API did, by its method and route ("POST", "/api/v1/bookings/{code}/cancel"),
    /// or null for a call the audit page has no words for.
    /// </summary>
    public static string? ApiCallKey(string method, string route)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(route);
        var post = method.Equals("POST", StringComparison.OrdinalIgnoreCase);
        var delete = method.Equals("DELETE", StringComparison.OrdinalIgnoreCase);
        bool Ends(string tail) => route.TrimEnd('/').EndsWith(tail, StringComparison.OrdinalIgnoreCase);
        return (post, delete) switch
        {
            (true, _) when Ends("/tickets") => "ApiCall_TicketIssued",
            (true, _) when Ends("/bookings") => "ApiCall_BookingMade",
            (true, _) when Ends("/bookings/{code}/cancel") => "ApiCall_BookingCancelled",
            (true, _) when Ends("/bookings/{code}/move") => "ApiCall_BookingMoved",
            (true, _) when Ends("/agency-codes") => "ApiCall_AgencyCodesLoaded",
            (true, _) when Ends("/webhooks") => "ApiCall_WebhookCreated",
            (true, _) when Ends("/webhooks/{webhookId}/replay") => "ApiCall_WebhookReplayed",
            (_, true) when Ends("/webhooks/{webhookId}") => "ApiCall_WebhookDeleted",
            _ => null,
        };
    }

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
        if (entry.Action == ApiAudit.Call && ApiCallMatch(entry.Detail) is { Success: true } call
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
    public IReadOnlyList<string> Detail(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var detail = entry.Detail ?? string.Empty;
        if (detail.Length == 0)
        {
            return [];
        }

        var action = entry.Action;
        if (action.StartsWith("config.", StringComparison.Ordinal))
        {
            return ConfigDetail(action, detail);
        }

        if (action == ApiAudit.Call)
        {
            return ApiCallDetail(detail);
        }

        return [action switch
        {
            nameof(QueueEventKind.DeskPaused) => Pause(detail),
            nameof(QueueEventKind.DeskSignedIn) when detail.StartsWith("take-over from ", StringComparison.Ordinal) =>
                Labels.Format(AuditText.TakeOver, Actor(detail["take-over from ".Length..])),
            nameof(QueueEventKind.DeskSignedOut) when detail.StartsWith("moved to ", StringComparison.Ordinal) =>
                Labels.Format(AuditText.MovedTo, _catalog.FindDesk(detail["moved to ".Length..]) is { } to ? DeskName(to) : detail["moved to ".Length..]),
            AuditActions.OfficerCreated or AuditActions.OfficerDisabled or AuditActions.OfficerEnabled or AuditActions.OfficerPasswordReset => Account(detail),
            AuditActions.DeviceRenamed when Split(detail, " → ") is { } renamed => Labels.Format(AuditText.Renamed, renamed.Before, renamed.After),
            AuditActions.DeviceRegistered or AuditActions.DeviceTokenRenewed or AuditActions.DeviceRevoked => Device(detail),
            AuditActions.BackupDownloaded when SizeMatch().Match(detail) is { Success: true } size => Size(size.Groups["bytes"].Value),
            AuditActions.WebhookCreated or AuditActions.WebhookDeleted or AuditActions.ConnectorCreated => Subscription(detail),
            AuditActions.WebhookReplayed when ReplayMatch().Match(detail) is { Success: true } replay =>
                Labels.Format(AuditText.FromSequence, replay.Groups["name"].Value, replay.Groups["sequence"].Value),
            AuditActions.WebhookTested => Tested(detail),
            ApiAudit.ClientCreated when ClientMatch().Match(detail) is { Success: true } client =>
                client.Groups["name"].Value + " (" + AgencyOrMpp(client.Groups["agency"].Value) + ": " + Operations(client.Groups["operations"].Value) + ")",
            ComplaintForwarder.ResentAction when ComplaintMatch().Match(detail) is { Success: true } complaint =>
                Labels.Format(AuditText.ComplaintOf, complaint.Groups["number"].Value, Day(complaint.Groups["day"].Value) ?? complaint.Groups["day"].Value, AgencyOrMpp(complaint.Groups["agency"].Value)),
            ComplaintForwarder.ForwardingSavedAction or ComplaintForwarder.ForwardingRemovedAction => Forwarding(detail),
            _ => detail,
        }];
    }

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

    private static (string Before, string After)? Split(string text, string separator)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? null : (text[..at], text[(at + separator.Length)..]);
    }

    private static string Pause(string detail)
    {
        var parts = Split(detail, ": ");
        var reasonText = parts?.Before ?? detail;
        var note = parts?.After;
        if (!Enum.TryParse<PauseReason>(reasonText, out var reason) || !Enum.IsDefined(reason))
        {
            return detail;
        }

        var words = AuditText.ResourceManager.GetString("Pause_" + reason, Culture) ?? reasonText;
        return note is null
            ? Labels.Format(AuditText.PauseReason, words.ToLower(Culture))
            : Labels.Format(AuditText.PauseReasonNote, words.ToLower(Culture), note);
    }

    private string Account(string detail)
    {
        var match = AccountMatch().Match(detail);
        if (!match.Success || !Enum.TryParse<OfficerRole>(match.Groups["role"].Value, out var role))
        {
            return detail;
        }

        var roleWords = AuditText.ResourceManager.GetString("Role_" + role, Culture) ?? role.ToString();
        return match.Groups["user"].Value + " (" + roleWords
            + (match.Groups["agency"].Success ? ", " + AgencyOrMpp(match.Groups["agency"].Value) : string.Empty) + ")";
    }

    private static string Device(string detail)
    {
        var match = DeviceMatch().Match(detail);
        return match.Success && AuditText.ResourceManager.GetString("DeviceKind_" + match.Groups["kind"].Value, Culture) is { } kind
            ? kind + ": " + match.Groups["name"].Value
            : detail;
    }

    private static string Size(string bytes)
    {
        var count = long.Parse(bytes, CultureInfo.InvariantCulture);
        return count switch
        {
            < 1024 => Labels.Format(AuditText.Bytes, count.ToString("N0", Culture)),
            < 1024 * 1024 => Labels.Format(AuditText.Kilobytes, (count / 1024.0).ToString("N0", Culture)),
            _ => Labels.Format(AuditText.Megabytes, (count / (1024.0 * 1024)).ToString("N1", Culture)),
        };
    }

    private string Subscription(string detail)
    {
        var match = SubscriptionMatch().Match(detail);
        if (!match.Success)
        {
            return detail;
        }

        var what = match.Groups["what"].Value;
        return match.Groups["name"].Value + " → " + match.Groups["url"].Value + " ("
            + AgencyOrMpp(match.Groups["agency"].Value) + ": " + (what == "*" ? AuditText.AllEvents : what) + ")";
    }

    private static string Tested(string detail)
    {
        if (TestedMatch().Match(detail) is { Success: true } answer)
        {
            return Labels.Format(AuditText.HttpAnswer, answer.Groups["name"].Value, answer.Groups["status"].Value);
        }

        return Split(detail, ": ") is { } failed ? Labels.Format(AuditText.TestFailed, failed.Before, failed.After) : detail;
    }

    private static string Operations(string text) =>
        string.Join(", ", text.Split(", ", StringSplitOptions.RemoveEmptyEntries)
            .Select(o => AuditText.ResourceManager.GetString("Operation_" + o, Culture) ?? o));

    private static string Forwarding(string detail)
    {
        var match = ForwardingMatch().Match(detail);
        if (!match.Success)
        {
            return detail;
        }

        var text = match.Groups["after"].Success
            ? Labels.Format(AuditText.EndpointChanged, match.Groups["before"].Value, match.Groups["after"].Value)
            : Labels.Format(AuditText.EndpointSet, match.Groups["before"].Value);
        return match.Groups["token"].Success ? text + "; " + AuditText.TokenChanged : text;
    }

    private IReadOnlyList<string> ConfigDetail(string action, string detail)
    {
        // A holiday's entry is about its day, which the subject names; its detail is the whole list before and after.
        if (action.StartsWith("config.holiday.", StringComparison.Ordinal))
        {
            return [];
        }

        if (action is SiteLogoService.UploadAction or SiteLogoService.RemoveAction)
        {
            return LogoMatch().Match(detail) is { Success: true } logo
                ? [Labels.Format(AuditText.Image, logo.Groups["type"].Value.ToUpperInvariant(), Size(logo.Groups["bytes"].Value))]
                : [detail];
        }

        var parts = action.Split('.');
        return parts.Length == 3 ? new ConfigChangeWords(this).Describe(parts[1], parts[2] == "create", detail) : [detail];
    }

    private static Match? ApiCallMatch(string? detail) => detail is null ? null : ApiCallPattern().Match(detail);

    private List<string> ApiCallDetail(string detail)
    {
        var call = ApiCallMatch(detail);
        if (call is not { Success: true })
        {
            return [detail];
        }

        var what = call.Groups["what"].Value;
        if (what.Length == 0)
        {
            return [];
        }

        if (ApiTicketMatch().Match(what) is { Success: true } ticket)
        {
            return [Labels.Format(AuditText.ApiTicket, ticket.Groups["number"].Value, ServiceOf(ticket.Groups["service"].Value))];
        }

        if (ApiBookingMadeMatch().Match(what) is { Success: true } made)
        {
            return [Labels.Format(AuditText.ApiBookingMade, made.Groups["code"].Value, ServiceOf(made.Groups["service"].Value), Day(made.Groups["day"].Value) ?? made.Groups["day"].Value, ConfigChangeWords.Range(made.Groups["window"].Value))];
        }

        if (ApiBookingCancelledMatch().Match(what) is { Success: true } cancelled)
        {
            return [Labels.Format(AuditText.ApiBookingCancelled, cancelled.Groups["code"].Value)];
        }

        if (ApiBookingMovedMatch().Match(what) is { Success: true } moved)
        {
            return [Labels.Format(AuditText.ApiBookingMoved, moved.Groups["code"].Value, Day(moved.Groups["day"].Value) ?? moved.Groups["day"].Value, ConfigChangeWords.Range(moved.Groups["window"].Value))];
        }

        return ApiCodesMatch().Match(what) is { Success: true } codes
            ? [Labels.Format(AuditText.ApiCodesLoaded, codes.Groups["count"].Value, codes.Groups["codes"].Value)]
            : [what];
    }

    internal string ServiceOf(string id) => _catalog.FindService(id) is { } service ? ServiceName(service) : id;

    [GeneratedRegex(@"^(?<user>\S+) \((?<role>\w+)(?:, (?<agency>[^)]+))?\)$")]
    private static partial Regex AccountMatch();

    [GeneratedRegex(@"^(?<kind>Kiosk|Zone|Desk): (?<name>.*)$")]
    private static partial Regex DeviceMatch();

    [GeneratedRegex(@"^(?<bytes>\d+) bytes$")]
    private static partial Regex SizeMatch();

    [GeneratedRegex(@"^image/(?<type>[\w.+-]+), (?<bytes>\d+) bytes$")]
    private static partial Regex LogoMatch();

    [GeneratedRegex(@"^(?<name>.*) → (?<url>\S+) \((?<agency>[^:()]*): (?<what>.*)\)$")]
    private static partial Regex SubscriptionMatch();

    [GeneratedRegex(@"^(?<name>.*): from sequence (?<sequence>\d+)$")]
    private static partial Regex ReplayMatch();

    [GeneratedRegex(@"^(?<name>.*): HTTP (?<status>\d+)$")]
    private static partial Regex TestedMatch();

    [GeneratedRegex(@"^(?<name>.*) \((?<agency>[^:()]*): (?<operations>[^()]*)\)$")]
    private static partial Regex ClientMatch();

    [GeneratedRegex(@"^ticket (?<number>\S+) \((?<day>[^)]*)\), agency (?<agency>\S+)$")]
    private static partial Regex ComplaintMatch();

    [GeneratedRegex(@"^endpoint: (?<before>.*?)(?: → (?<after>\S+))?(?<token>; token changed)?$")]
    private static partial Regex ForwardingMatch();

    [GeneratedRegex(@"^(?<method>[A-Z]+) (?<route>\S+) → (?<status>\d+)(?:: (?<what>.*))?$")]
    private static partial Regex ApiCallPattern();

    [GeneratedRegex(@"^ticket (?<number>\S+) issued for (?<service>\S+)$")]
    private static partial Regex ApiTicketMatch();

    [GeneratedRegex(@"^booking (?<code>\S+) made for (?<service>\S+) on (?<day>\S+) (?<window>\S+)$")]
    private static partial Regex ApiBookingMadeMatch();

    [GeneratedRegex(@"^booking (?<code>\S+) cancelled$")]
    private static partial Regex ApiBookingCancelledMatch();

    [GeneratedRegex(@"^booking (?<code>\S+) moved to (?<day>\S+) (?<window>\S+)$")]
    private static partial Regex ApiBookingMovedMatch();

    [GeneratedRegex(@"^(?<count>\d+) agency codes loaded: (?<codes>.*)$")]
    private static partial Regex ApiCodesMatch();
}
