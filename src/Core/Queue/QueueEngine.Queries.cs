namespace MppQueue.Core;

public sealed partial class QueueEngine
{
    /// <summary>The ticket behind a page token, of any day (a ticket's page stays readable); null for garbage or unknown.</summary>
    public Ticket? FindByToken(string? token)
    {
        lock (_gate)
        {
            EnsureDay();
            return FindByTokenLocked(token);
        }
    }

    public Ticket? FindTicket(string? ticketId)
    {
        if (ticketId is not { Length: > 0 and <= 64 })
        {
            return null;
        }

        lock (_gate)
        {
            EnsureDay();
            return _tickets.TryGetValue(ticketId, out var ticket) ? ticket : _store.FindTicket(ticketId);
        }
    }

    public IReadOnlyList<Ticket> TicketsToday()
    {
        lock (_gate)
        {
            EnsureDay();
            return [.. _tickets.Values.OrderBy(t => t.IssuedAt)];
        }
    }

    /// <summary>A service's waiting tickets in the order they would be called.</summary>
    public IReadOnlyList<RankedTicket> WaitingForService(string serviceId)
    {
        lock (_gate)
        {
            EnsureDay();
            return RankService(serviceId);
        }
    }

    /// <summary>What a desk would call, in order (each service's order, merged the way call-next picks).</summary>
    public IReadOnlyList<RankedTicket> WaitingForDesk(string deskId)
    {
        lock (_gate)
        {
            EnsureDay();
            var desk = RequireDesk(deskId);
            var queues = desk.ServiceIds.Select(id => new Queue<RankedTicket>(RankService(id))).ToList();
            var merged = new List<RankedTicket>();
            while (CallOrder.PickForDesk(queues.Select(q => q.Count > 0 ? q.Peek() : null)) is { } next)
            {
                merged.Add(next);
                queues.First(q => q.Count > 0 && ReferenceEquals(q.Peek(), next)).Dequeue();
            }

            return merged;
        }
    }

    /// <summary>How many tickets of the same service would be called before this one (0 once it has been called).</summary>
    public int PeopleAhead(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        lock (_gate)
        {
            EnsureDay();
            if (ticket.Status != TicketStatus.Waiting || ticket.ServiceDate != _day)
            {
                return 0;
            }

            var order = RankService(ticket.ServiceId);
            var index = order.ToList().FindIndex(r => r.Ticket.Id == ticket.Id);
            return Math.Max(0, index);
        }
    }

    public Ticket? CurrentTicket(string deskId)
    {
        lock (_gate)
        {
            EnsureDay();
            return CurrentAt(deskId);
        }
    }

    public DeskState DeskStateOf(string deskId)
    {
        lock (_gate)
        {
            return StateOf(deskId);
        }
    }

    /// <summary>Whether a walk-in could get a ticket for the service now, and today's quota left.</summary>
    public ServiceAvailability Availability(string serviceId, PriorityGroup priority = PriorityGroup.None)
    {
        lock (_gate)
        {
            var now = EnsureDay();
            var service = RequireService(serviceId);
            var channel = QuotaUse.ChannelOf(TicketChannel.WalkIn, priority, service.Quota);
            return ServiceCalendar.Check(Catalog.Site, service, now, UseOf(service), channel);
        }
    }

    /// <summary>Today's calls in a zone, newest first by their call's sequence (recalls count as calls again; calls in the same clock tick come in the order they were made).</summary>
    public IReadOnlyList<Ticket> RecentCalls(string zoneId, int count)
    {
        lock (_gate)
        {
            EnsureDay();
            var desks = Catalog.Desks;
            return [.. _tickets.Values
                .Where(t => t.CalledAt is not null && t.DeskId is not null && desks.TryGetValue(t.DeskId, out var d) && d.ZoneId == zoneId)
                .Where(t => t.Status is TicketStatus.Called or TicketStatus.Serving or TicketStatus.Done or TicketStatus.NoShow or TicketStatus.Held)
                .OrderByDescending(t => t.LastCall?.Sequence ?? 0)
                .Take(count)];
        }
    }

    /// <summary>The ticket at each desk of a zone now (called or being served), read at one instant.</summary>
    public IReadOnlyDictionary<string, Ticket> CurrentTicketsInZone(string zoneId)
    {
        lock (_gate)
        {
            EnsureDay();
            var desks = Catalog.Desks;
            return _tickets.Values
                .Where(t => t.IsAtDesk && t.DeskId is not null && desks.TryGetValue(t.DeskId, out var d) && d.ZoneId == zoneId)
                .ToDictionary(t => t.DeskId!, StringComparer.Ordinal);
        }
    }

    private Ticket? FindByTokenLocked(string? token)
    {
        if (!Tokens.LooksLikeToken(token))
        {
            return null;
        }

        return _idsByToken.TryGetValue(token!, out var id) ? _tickets[id] : _store.FindTicketByToken(token!);
    }
}
