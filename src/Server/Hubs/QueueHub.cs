using Microsoft.AspNetCore.SignalR;
using MppQueue.Core;

namespace MppQueue.Server.Hubs;

/// <summary>
/// The queue's live events for clients outside the process. A client joins a zone to watch its calls, or a
/// ticket by presenting the ticket's token. Blazor components inside the server never connect here. A refused
/// call answers a <see cref="HubException"/> with a short message; <see cref="HubCallGuard"/> keeps refusals out
/// of the log and closes a connection that keeps making them.
/// </summary>
public sealed class QueueHub(QueueEngine engine, IJournalStore journal) : Hub<IQueueClient>
{
    public const string Path = "/hubs/queue";

    private const int RecentCallsOnJoin = 10;

    /// <summary>The most events one <see cref="Missed"/> answer carries.</summary>
    public const int MissedAtMost = 500;

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

    /// <summary>
    /// For a client that reconnects: the zone's events after sequence <paramref name="since"/> (the last one it saw), from
    /// the journal, at most <see cref="MissedAtMost"/>. Only numbers, services and desks, as the zone's screens show.
    /// </summary>
    [HubMethodName("Missed")]
    public MissedMessage Missed(string? zoneId, long since)
    {
        var catalog = engine.Catalog;
        if (string.IsNullOrWhiteSpace(zoneId) || !catalog.Zones.ContainsKey(zoneId))
        {
            throw new HubException($"Unknown zone '{Shorten(zoneId)}'.");
        }

        var after = journal.JournalIdBefore(since + 1);
        var first = journal.ReadJournal(0, 1);

        // Complete when nothing after "since" can have been trimmed away: the journal holds an entry at or before it, or
        // it still starts at its very first entry.
        var complete = after > 0 || first.Count == 0 || first[0].Id == 1;
        var events = new List<MissedEvent>();
        var more = false;
        while (events.Count <= MissedAtMost)
        {
            var batch = journal.ReadJournal(after, 200);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var entry in batch.Where(e => e.ZoneId == zoneId && e.Sequence > since))
            {
                if (events.Count == MissedAtMost)
                {
                    more = true;
                    break;
                }

                events.Add(new MissedEvent(entry.Sequence, entry.Type.Name(), entry.At, entry.ServiceId, entry.DeskId, NumberOf(entry)));
            }

            if (more)
            {
                break;
            }

            after = batch[^1].Id;
        }

        return new MissedMessage(zoneId, complete, more, events);
    }

    private static string? NumberOf(JournalEntry entry)
    {
        if (entry.TicketId is null)
        {
            return null;
        }

        using var data = System.Text.Json.JsonDocument.Parse(entry.Data);
        return data.RootElement.TryGetProperty("ticket", out var ticket) && ticket.TryGetProperty("number", out var number) ? number.GetString() : null;
    }

    private static string Shorten(string? value) => Printable.Echo(value);
}
