using Microsoft.AspNetCore.SignalR;
using MppQueue.Core;

namespace MppQueue.Server.Hubs;

/// <summary>
/// The queue's live events for clients outside the process. A client joins a zone to watch its calls, or a
/// ticket by presenting the ticket's token. Blazor components inside the server never connect here. A refused
/// call answers a <see cref="HubException"/> with a short message; <see cref="HubCallGuard"/> keeps refusals out
/// of the log and closes a connection that keeps making them.
/// </summary>
public sealed class QueueHub(QueueEngine engine) : Hub<IQueueClient>
{
    public const string Path = "/hubs/queue";

    private const int RecentCallsOnJoin = 10;

    [HubMethodName("JoinZone")]
    public async Task<ZoneMessage> JoinZoneAsync(string? zoneId)
    {
        var catalog = engine.Catalog;
        if (string.IsNullOrWhiteSpace(zoneId) || !catalog.Zones.TryGetValue(zoneId, out var zone))
        {
            throw new HubException($"Unknown zone '{Shorten(zoneId)}'. Known zones: {string.Join(", ", catalog.Zones.Keys.Order(StringComparer.Ordinal))}.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, QueueGroups.Zone(zone.Id));
        var recent = engine.RecentCalls(zone.Id, RecentCallsOnJoin)
            .Select(t => HubMessages.CurrentCall(t, catalog))
            .OfType<CallMessage>()
            .OrderByDescending(c => c.Sequence)
            .ToList();
        return new ZoneMessage(zone.Id, zone.Name, recent);
    }

    [HubMethodName("LeaveZone")]
    public Task LeaveZoneAsync(string zoneId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, QueueGroups.Zone(zoneId ?? string.Empty));

    [HubMethodName("JoinTicket")]
    public async Task<TicketMessage> JoinTicketAsync(string? token)
    {
        if (!Tokens.LooksLikeToken(token))
        {
            throw new HubException("Malformed ticket token: it is the last part of the address in the ticket's QR code (/t/TOKEN).");
        }

        var ticket = engine.FindByToken(token)
            ?? throw new HubException("Unknown ticket token: no ticket has this token. Open the link in the ticket's QR code again.");
        await Groups.AddToGroupAsync(Context.ConnectionId, QueueGroups.Ticket(ticket.Token));
        var today = engine.Snapshot;
        var place = today.Waiting(ticket);
        return HubMessages.Ticket(ticket, today.Catalog, place?.PeopleAhead ?? 0, place?.Estimate);
    }

    private static string Shorten(string? value) => Printable.Echo(value);
}
