using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// The picture of the site's day after one commit: every ticket of the day, each service's queue in calling order
/// with each ticket's place and wait range, each desk's state and ticket, the recent calls of each zone and today's
/// figures. The engine derives it once per commit, inside its gate, and publishes it; every screen, the hub and the
/// Command Center read it without a lock. It never changes: a reader holding one sees one consistent moment.
/// </summary>
/// <remarks>
/// After a move, only the parts the move touched are derived again (the services the ticket left and joined, the
/// desks and zones it was at, the officer who moved it); the rest is shared with the previous snapshot. The rules
/// are the same either way (<see cref="TodayRules"/>), and a test checks that the result equals
/// <see cref="Derive"/> from the stored tickets after thousands of random moves.
/// Anything that depends on the time of reading (opening hours, how long someone has waited) is computed by the
/// reader from the snapshot and its own clock.
/// </remarks>
public sealed class TodaySnapshot
{
    private readonly ImmutableDictionary<string, string> _idsByToken;

    private TodaySnapshot(
        long sequence,
        DateOnly day,
        DateTimeOffset takenAt,
        SiteCatalog catalog,
        ImmutableDictionary<string, Ticket> tickets,
        ImmutableDictionary<string, string> idsByToken,
        ImmutableDictionary<string, ServiceLine> services,
        ImmutableDictionary<string, DeskLine> desks,
        ImmutableDictionary<string, ImmutableArray<Ticket>> recentCalls,
        ImmutableDictionary<string, DeskFigures> officers)
    {
        Sequence = sequence;
        Day = day;
        TakenAt = takenAt;
        Catalog = catalog;
        Tickets = tickets;
        _idsByToken = idsByToken;
        Services = services;
        Desks = desks;
        RecentCalls = recentCalls;
        Officers = officers;
    }

    /// <summary>The sequence of the last move this picture includes.</summary>
    public long Sequence { get; }

    /// <summary>The site's local day it shows.</summary>
    public DateOnly Day { get; }

    /// <summary>When it was derived (the clock of the last move, or of the day's loading).</summary>
    public DateTimeOffset TakenAt { get; }

    public SiteCatalog Catalog { get; }

    /// <summary>Every ticket of the day, by id.</summary>
    public ImmutableDictionary<string, Ticket> Tickets { get; }

    /// <summary>Each configured service's line, by service id.</summary>
    public ImmutableDictionary<string, ServiceLine> Services { get; }

    /// <summary>Each configured desk's line, by desk id.</summary>
    public ImmutableDictionary<string, DeskLine> Desks { get; }

    /// <summary>Each zone's latest calls, newest first (see <see cref="TodayRules.RecentCalls"/>).</summary>
    public ImmutableDictionary<string, ImmutableArray<Ticket>> RecentCalls { get; }

    /// <summary>Today's figures of each officer who moved a ticket today, by officer id.</summary>
    public ImmutableDictionary<string, DeskFigures> Officers { get; }

    private static readonly DeskFigures NoFigures = new(0, 0, 0, 0, null, null);

    /// <summary>Derives the whole picture from the day's tickets and the desks' states (the engine's start, a new day, a catalog change).</summary>
    public static TodaySnapshot Derive(
        SiteCatalog catalog,
        DateOnly day,
        long sequence,
        DateTimeOffset takenAt,
        IEnumerable<Ticket> tickets,
        IEnumerable<DeskState> deskStates)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(deskStates);
        var ledger = new DayLedger();
        ledger.Reset(day, tickets.Where(t => t.ServiceDate == day));
        var states = deskStates.GroupBy(s => s.DeskId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        return Derive(catalog, ledger, states, sequence, takenAt);
    }

    internal static TodaySnapshot Derive(SiteCatalog catalog, DayLedger ledger, IReadOnlyDictionary<string, DeskState> deskStates, long sequence, DateTimeOffset takenAt)
    {
        var empty = new TodaySnapshot(
            sequence,
            ledger.Day,
            takenAt,
            catalog,
            ImmutableDictionary<string, Ticket>.Empty.WithComparers(StringComparer.Ordinal).AddRange(ledger.All.Select(t => KeyValuePair.Create(t.Id, t))),
            ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal).AddRange(ledger.All.Select(t => KeyValuePair.Create(t.Token, t.Id))),
            ImmutableDictionary<string, ServiceLine>.Empty.WithComparers(StringComparer.Ordinal),
            ImmutableDictionary<string, DeskLine>.Empty.WithComparers(StringComparer.Ordinal),
            ImmutableDictionary<string, ImmutableArray<Ticket>>.Empty.WithComparers(StringComparer.Ordinal),
            ImmutableDictionary<string, DeskFigures>.Empty.WithComparers(StringComparer.Ordinal));
        var officers = ledger.All.SelectMany(t => t.History).Select(m => m.OfficerId).OfType<string>();
        return empty.Rederive(ledger, deskStates, sequence, takenAt, catalog.Services.Keys, catalog.Desks.Keys, catalog.Zones.Keys, officers, []);
    }

    /// <summary>The picture after one committed move: the moved ticket and/or desk state, and the parts they touch derived again.</summary>
    internal TodaySnapshot Advance(
        DayLedger ledger,
        IReadOnlyDictionary<string, DeskState> deskStates,
        long sequence,
        DateTimeOffset takenAt,
        Ticket? before,
        Ticket? after,
        DeskState? deskChanged)
    {
        var services = new HashSet<string>(StringComparer.Ordinal);
        var desks = new HashSet<string>(StringComparer.Ordinal);
        var zones = new HashSet<string>(StringComparer.Ordinal);
        var officers = new HashSet<string>(StringComparer.Ordinal);
        var moved = new List<Ticket>();
        foreach (var ticket in new[] { before, after }.OfType<Ticket>())
        {
            services.Add(ticket.ServiceId);
            services.Add(ticket.IssuingServiceId);
            if (ticket.DeskId is { } deskId)
            {
                desks.Add(deskId);
            }
        }

        if (after is not null)
        {
            moved.Add(after);
            var last = after.History[^1];
            if (last.DeskId is { } movedAt)
            {
                desks.Add(movedAt);
            }

            if (last.OfficerId is { } officerId)
            {
                officers.Add(officerId);
            }
        }

        foreach (var deskId in desks)
        {
            if (Catalog.FindDesk(deskId) is { } desk)
            {
                zones.Add(desk.ZoneId);
            }
        }

        if (deskChanged is not null && Catalog.FindDesk(deskChanged.DeskId) is { } changed)
        {
            // A desk that opens, closes or pauses changes the wait estimate of every service it serves.
            desks.Add(changed.Id);
            services.UnionWith(changed.ServiceIds);
        }

        return Rederive(ledger, deskStates, sequence, takenAt, services, desks, zones, officers, moved);
    }

    private TodaySnapshot Rederive(
        DayLedger ledger,
        IReadOnlyDictionary<string, DeskState> deskStates,
        long sequence,
        DateTimeOffset takenAt,
        IEnumerable<string> serviceIds,
        IEnumerable<string> deskIds,
        IEnumerable<string> zoneIds,
        IEnumerable<string> officerIds,
        IReadOnlyList<Ticket> movedTickets)
    {
        var tickets = Tickets;
        var tokens = _idsByToken;
        foreach (var ticket in movedTickets)
        {
            tickets = tickets.SetItem(ticket.Id, ticket);
            tokens = tokens.SetItem(ticket.Token, ticket.Id);
        }

        // Desks first: a service's line counts its open desks.
        var deskLines = Desks.ToBuilder();
        foreach (var deskId in deskIds.Distinct(StringComparer.Ordinal))
        {
            if (Catalog.FindDesk(deskId) is not { } desk)
            {
                continue;
            }

            var state = deskStates.TryGetValue(desk.Id, out var s) ? s : new DeskState { DeskId = desk.Id };
            var moved = ledger.MovedAtDesk(desk.Id);
            deskLines[desk.Id] = new DeskLine(
                desk,
                state,
                DeskAccess.HolderOn(state, ledger.Day, Catalog.Site.TimeZone),
                ledger.AtDesk(desk.Id),
                TodayRules.Figures(moved, desk.Id, null),
                [.. moved.Where(t => t.Status == TicketStatus.Held && t.DeskId == desk.Id).OrderBy(t => t.LastSequence)],
                [.. moved.Where(t => t.Status == TicketStatus.NoShow && t.DeskId == desk.Id).OrderByDescending(t => t.NoShowAt).ThenByDescending(t => t.LastSequence)],
                TodayRules.LastMoveAt(moved, desk.Id));
        }

        var serviceLines = Services.ToBuilder();
        foreach (var serviceId in serviceIds.Distinct(StringComparer.Ordinal))
        {
            if (Catalog.FindService(serviceId) is not { } service)
            {
                continue;
            }

            var open = Catalog.Desks.Values.Count(d => d.ServiceIds.Contains(service.Id) && deskLines.TryGetValue(d.Id, out var line) && line.IsOpen);
            serviceLines[service.Id] = TodayRules.Line(service, ledger.OfService(service.Id), ledger.IssuedBy(service.Id), open);
        }

        var recent = RecentCalls.ToBuilder();
        foreach (var zoneId in zoneIds.Distinct(StringComparer.Ordinal))
        {
            if (Catalog.Zones.ContainsKey(zoneId))
            {
                recent[zoneId] = TodayRules.RecentCalls(ledger.All, Catalog, zoneId);
            }
        }

        var officers = Officers.ToBuilder();
        foreach (var officerId in officerIds.Distinct(StringComparer.Ordinal))
        {
            officers[officerId] = TodayRules.Figures(ledger.MovedByOfficer(officerId), null, officerId);
        }

        return new TodaySnapshot(
            sequence,
            ledger.Day,
            takenAt,
            Catalog,
            tickets,
            tokens,
            serviceLines.ToImmutable(),
            deskLines.ToImmutable(),
            recent.ToImmutable(),
            officers.ToImmutable());
    }

    /// <summary>Today's ticket with this id, or null.</summary>
    public Ticket? Find(string? ticketId) => ticketId is not null && Tickets.TryGetValue(ticketId, out var ticket) ? ticket : null;

    /// <summary>Today's ticket behind a page token, or null (a ticket of another day is in the store, not here).</summary>
    public Ticket? FindByToken(string? token) => token is not null && _idsByToken.TryGetValue(token, out var id) ? Tickets[id] : null;

    /// <summary>The service's line; an empty one for a service without tickets or unknown.</summary>
    public ServiceLine Line(string serviceId) =>
        Services.TryGetValue(serviceId, out var line) ? line : ServiceLine.Empty(serviceId, 0, new WaitPace(TimeSpan.Zero, TimeSpan.Zero, WaitEstimateBasis.StandardServiceTime, 0));

    /// <summary>The desk's line, or null for a desk not configured.</summary>
    public DeskLine? Desk(string? deskId) => deskId is not null && Desks.TryGetValue(deskId, out var line) ? line : null;

    /// <summary>The desk's stored state (a fresh one for a desk never used).</summary>
    public DeskState DeskState(string deskId) => Desk(deskId)?.State ?? new DeskState { DeskId = deskId };

    /// <summary>Today's figures of an officer.</summary>
    public DeskFigures OfficerFigures(string officerId) => Officers.TryGetValue(officerId, out var figures) ? figures : NoFigures;

    /// <summary>Today's figures of a desk.</summary>
    public DeskFigures DeskFigures(string deskId) => Desk(deskId)?.Figures ?? NoFigures;

    /// <summary>The waiting ticket with its place and estimate, or null when it does not wait today.</summary>
    public WaitingTicket? Waiting(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var current = Find(ticket.Id) ?? ticket;
        return current.Status == TicketStatus.Waiting && current.ServiceDate == Day ? Line(current.ServiceId).Find(current.Id) : null;
    }

    /// <summary>How many tickets of the same service would be called before this one (0 once it has been called).</summary>
    public int PeopleAhead(Ticket ticket) => Waiting(ticket)?.PeopleAhead ?? 0;

    /// <summary>What a desk would call, in order (each service's order, merged the way call-next picks).</summary>
    public IReadOnlyList<RankedTicket> WaitingForDesk(Desk desk)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var queues = desk.ServiceIds.Select(id => new Queue<RankedTicket>(Line(id).Waiting.Select(w => w.Ranked))).ToList();
        var merged = new List<RankedTicket>();
        while (CallOrder.PickForDesk(queues.Select(q => q.Count > 0 ? q.Peek() : null)) is { } next)
        {
            merged.Add(next);
            queues.First(q => q.Count > 0 && ReferenceEquals(q.Peek(), next)).Dequeue();
        }

        return merged;
    }

    /// <summary>The next ticket a desk would call, or null.</summary>
    public RankedTicket? NextFor(Desk desk)
    {
        ArgumentNullException.ThrowIfNull(desk);
        return CallOrder.PickForDesk(desk.ServiceIds.Select(id => Line(id).Waiting is { Length: > 0 } w ? w[0].Ranked : null));
    }

    /// <summary>Whether a walk-in could get a ticket for the service at <paramref name="now"/>, and the quota left.</summary>
    public ServiceAvailability Availability(Service service, DateTimeOffset now, PriorityGroup priority = PriorityGroup.None)
    {
        ArgumentNullException.ThrowIfNull(service);
        var channel = QuotaUse.ChannelOf(TicketChannel.WalkIn, priority, service.Quota);
        return ServiceCalendar.Check(Catalog.Site, service, now, Line(service.Id).Used, channel);
    }

    /// <summary>
    /// The wait a walk-in ticket taken now can expect (everyone waiting is ahead of it), or null while no desk is open
    /// for the service or no ticket is given, even with a desk open (<paramref name="availability"/>, from
    /// <see cref="Availability"/>): a number would mislead. The kiosk, /live and the API show this one figure.
    /// </summary>
    public WaitEstimate? NewTicketWait(ServiceAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var line = Line(availability.ServiceId);
        return availability.IsOpen ? WaitEstimator.Estimate(line.Waiting.Length, line.DesksOpen, line.Pace) : null;
    }

    /// <summary>The zone's latest calls, newest first.</summary>
    public IReadOnlyList<Ticket> RecentCallsIn(string zoneId, int count) =>
        RecentCalls.TryGetValue(zoneId, out var calls) ? [.. calls.Take(count)] : [];

    /// <summary>The ticket at each desk of a zone now (called or being served).</summary>
    public IReadOnlyDictionary<string, Ticket> CurrentTicketsInZone(string zoneId) =>
        Desks.Values
            .Where(d => d.Desk.ZoneId == zoneId && d.Current is not null)
            .ToDictionary(d => d.Desk.Id, d => d.Current!, StringComparer.Ordinal);

    /// <summary>Today's tickets in the order they were issued (tickets of the same instant by number, then prefix: one order, always).</summary>
    public IReadOnlyList<Ticket> TicketsByIssue() =>
        [.. Tickets.Values.OrderBy(t => t.IssuedAt).ThenBy(t => t.Number.Sequence).ThenBy(t => t.Number.Prefix, StringComparer.Ordinal)];
}
