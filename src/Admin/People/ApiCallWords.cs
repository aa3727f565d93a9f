using System.Text.RegularExpressions;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.People;

/// <summary>
/// The audit trail's words for changes made through the API: which call it was (by method and route) and what it did
/// (a ticket issued, a booking made, moved or cancelled, agency codes loaded), read from the detail the API wrote.
/// </summary>
internal static partial class ApiCallWords
{
    /// <summary>The resource key of what a call did, by its method and route; null for a call without words.</summary>
    public static string? Key(string method, string route)
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

    /// <summary>The parts of an API call's detail ("POST /api/v1/tickets → 201: …"), or null without a detail.</summary>
    public static Match? Match(string? detail) => detail is null ? null : ApiCallPattern().Match(detail);

    /// <summary>What a change through the API did, in words (none when the call's words say it all).</summary>
    public static List<string> Detail(AuditWords words, string detail)
    {
        var call = Match(detail);
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
            return [Labels.Format(AuditText.ApiTicket, ticket.Groups["number"].Value, words.ServiceOf(ticket.Groups["service"].Value))];
        }

        if (ApiBookingMadeMatch().Match(what) is { Success: true } made)
        {
            return [Labels.Format(AuditText.ApiBookingMade, made.Groups["code"].Value, words.ServiceOf(made.Groups["service"].Value), AuditWords.Day(made.Groups["day"].Value) ?? made.Groups["day"].Value, ConfigChangeWords.Range(made.Groups["window"].Value))];
        }

        if (ApiBookingCancelledMatch().Match(what) is { Success: true } cancelled)
        {
            return [Labels.Format(AuditText.ApiBookingCancelled, cancelled.Groups["code"].Value)];
        }

        if (ApiBookingMovedMatch().Match(what) is { Success: true } moved)
        {
            return [Labels.Format(AuditText.ApiBookingMoved, moved.Groups["code"].Value, AuditWords.Day(moved.Groups["day"].Value) ?? moved.Groups["day"].Value, ConfigChangeWords.Range(moved.Groups["window"].Value))];
        }

        return ApiCodesMatch().Match(what) is { Success: true } codes
            ? [Labels.Format(AuditText.ApiCodesLoaded, codes.Groups["count"].Value, codes.Groups["codes"].Value)]
            : [what];
    }

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
