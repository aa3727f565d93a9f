namespace MppQueue.Core;

/// <summary>
/// Reads of today, all from <see cref="Snapshot"/> (no lock): kept for callers that need one fact. A page that
/// shows several facts should take the snapshot once and read them all from it, so that they agree.
/// </summary>
public sealed partial class QueueEngine
{
    /// <summary>The ticket behind a page token, of any day (a ticket's page stays readable); null for garbage or unknown.</summary>
    public Ticket? FindByToken(string? token)
    {
        if (!Tokens.LooksLikeToken(token))
        {
            return null;
        }

        return Snapshot.FindByToken(token) ?? _store.FindTicketByToken(token!);
    }

    public Ticket? FindTicket(string? ticketId)
    {
        if (ticketId is not { Length: > 0 and <= 64 })
        {
            return null;
        }

        return Snapshot.Find(ticketId) ?? _store.FindTicket(ticketId);
    }

    public IReadOnlyList<Ticket> TicketsToday() => Snapshot.TicketsByIssue();

    /// <summary>A service's waiting tickets in the order they would be called.</summary>
    public IReadOnlyList<RankedTicket> WaitingForService(string serviceId) => [.. Snapshot.Line(serviceId).Waiting.Select(w => w.Ranked)];

    /// <summary>What a desk would call, in order (each service's order, merged the way call-next picks).</summary>
    public IReadOnlyList<RankedTicket> WaitingForDesk(string deskId)
    {
        var snapshot = Snapshot;
        var desk = snapshot.Catalog.FindDesk(deskId) is { Active: true } found ? found : RequireDesk(deskId);
        return snapshot.WaitingForDesk(desk);
    }

    /// <summary>How many tickets of the same service would be called before this one (0 once it has been called).</summary>
    public int PeopleAhead(Ticket ticket) => Snapshot.PeopleAhead(ticket);

    public Ticket? CurrentTicket(string deskId) => Snapshot.Desk(deskId)?.Current;

    public DeskState DeskStateOf(string deskId) => Snapshot.DeskState(deskId);

    /// <summary>Whether a walk-in could get a ticket for the service now, and today's quota left.</summary>
    public ServiceAvailability Availability(string serviceId, PriorityGroup priority = PriorityGroup.None)
    {
        var snapshot = Snapshot;
        var service = snapshot.Catalog.FindService(serviceId) ?? RequireService(serviceId);
        return snapshot.Availability(service, _time.GetUtcNow(), priority);
    }

    /// <summary>Today's calls in a zone, newest first by their call's sequence (recalls count as calls again; calls in the same clock tick come in the order they were made).</summary>
    public IReadOnlyList<Ticket> RecentCalls(string zoneId, int count) => Snapshot.RecentCallsIn(zoneId, count);

    /// <summary>The ticket at each desk of a zone now (called or being served), read at one instant.</summary>
    public IReadOnlyDictionary<string, Ticket> CurrentTicketsInZone(string zoneId) => Snapshot.CurrentTicketsInZone(zoneId);
}
