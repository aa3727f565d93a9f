namespace MppQueue.Core;

/// <summary>
/// One day of the demo history, played out in time order the way the queue engine would record it: visitors take
/// numbers (or check their bookings in) when the service takes them, officers sign in, call the next ticket in the
/// engine's own calling order (<see cref="CallOrder"/>), recall, serve, finish, transfer, hold, mark no-shows and put
/// back those who come back, pause and sign out, one ticket at a time per desk. Every move is made with the engine's
/// own rules for its fields and history (<c>QueueEngine.Desk</c>), each taking the next sequence number as the engine
/// gives it; desk changes go through <see cref="DemoLedger"/>.
/// </summary>
internal sealed partial class DemoDay
{
    private readonly SiteCatalog _catalog;
    private readonly DateOnly _day;
    private readonly DemoLedger _ledger;
    private readonly DemoRandom _random;
    private readonly TimeZoneInfo _zone;
    private readonly PriorityQueue<Action, (long Ticks, long Order)> _agenda = new();
    private readonly List<Visitor> _issued = [];
    private readonly Dictionary<string, Visitor> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Visitor>> _ofService = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Visitor>> _issuedBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Visitor>> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<Booking> _bookings = [];
    private readonly List<DateTimeOffset> _checkInCloses = [];
    private readonly Dictionary<string, DateTimeOffset> _deskCloses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bookingIndex = new(StringComparer.Ordinal);
    private readonly List<Agent> _agents = [];
    private long _order;
    private DateTimeOffset _now;

    public DemoDay(SiteCatalog catalog, DateOnly day, DemoLedger ledger)
    {
        _catalog = catalog;
        _day = day;
        _ledger = ledger;
        _random = ledger.Random;
        _zone = catalog.Site.TimeZone;
    }

    /// <summary>The day's tickets, in the order they were issued.</summary>
    public IReadOnlyList<Ticket> Tickets => [.. _issued.Select(v => v.Ticket)];

    /// <summary>The day's bookings, as they ended.</summary>
    public IReadOnlyList<Booking> Bookings => _bookings;

    /// <param name="shifts">Who works where.</param>
    /// <param name="visits">Who comes.</param>
    /// <param name="bookings">The day's bookings as made.</param>
    /// <param name="until">Stop at this instant (the demo day's start): what was under way stays so, and no booking expires yet.</param>
    public void Run(IReadOnlyList<DemoShift> shifts, IReadOnlyList<DemoVisit> visits, IReadOnlyList<Booking> bookings, DateTimeOffset? until = null)
    {
        foreach (var booking in bookings)
        {
            _bookingIndex[booking.Code] = _bookings.Count;
            _bookings.Add(booking);
            _checkInCloses.Add(BookingCalendar.CheckInWindow(_catalog.Site, _catalog.Services[booking.ServiceId], booking.Date, booking.Window).Closes);
        }

        foreach (var shift in shifts)
        {
            var agent = new Agent(shift, _catalog.Desks[shift.DeskId], _random.Between(0.88, 1.15));
            _agents.Add(agent);
            Schedule(shift.SignIn, () => SignIn(agent));
        }

        foreach (var visit in visits.OrderBy(v => v.At))
        {
            Schedule(visit.At, () => Arrive(visit));
        }

        while (_agenda.TryDequeue(out var action, out var key))
        {
            if (until is { } stop && key.Ticks > stop.UtcTicks)
            {
                return;
            }

            _now = new DateTimeOffset(key.Ticks, TimeSpan.Zero);
            action();
        }

        // A booking never checked in expired when its check-in window closed; its place went back.
        for (var i = 0; i < _bookings.Count; i++)
        {
            if (_bookings[i].State == BookingState.Booked)
            {
                _bookings[i] = _bookings[i] with { State = BookingState.Expired };
            }
        }
    }

    private void Schedule(DateTimeOffset at, Action action) => _agenda.Enqueue(action, (at.UtcTicks, _order++));

    private void Arrive(DemoVisit visit)
    {
        var service = _catalog.Services[visit.ServiceId];
        if (visit.Booking is { } booked)
        {
            var index = _bookingIndex[booked.Code];
            var booking = _bookings[index];
            var refusal = ServiceCalendar.Check(_catalog.Site, service, _now, UseOf(service), QuotaChannel.Online).RefusalCode;
            if (booking.State != BookingState.Booked || (refusal is not null && refusal != QueueErrorCode.QuotaFull))
            {
                return;
            }

            var sessionStart = SiteClock.ToInstant(_day, booking.Window.Start, _zone);
            var arrived = service.Booking.Join == BookingJoin.AheadOfLaterWalkIns && sessionStart < _now ? sessionStart : _now;
            var ticket = NewTicket(service, visit.Priority, TicketChannel.Booking, MoveKind.CheckIn) with
            {
                BookingCode = booking.Code,
                ArrivedAt = arrived,
            };
            _bookings[index] = booking with { State = BookingState.CheckedIn, TicketId = ticket.Id };
            Add(ticket, visit);
            return;
        }

        // As the engine's EnsureOpen: the hours, the cut-off, the Friday break and the quota, with today's booked places held back.
        var channel = QuotaUse.ChannelOf(TicketChannel.WalkIn, visit.Priority, service.Quota);
        var use = UseOf(service);
        use = use with { Total = use.Total + HeldForBookings(service) };
        if (ServiceCalendar.Check(_catalog.Site, service, _now, use, channel).RefusalCode is not null)
        {
            return;
        }

        Add(NewTicket(service, visit.Priority, TicketChannel.WalkIn, MoveKind.Issue), visit);
    }

    private Ticket NewTicket(Service service, PriorityGroup priority, TicketChannel channel, MoveKind move)
    {
        var number = _numbers[service.Prefix] = _numbers.GetValueOrDefault(service.Prefix) + 1;
        return new Ticket
        {
            Id = _random.NewId(),
            Token = Tokens.NewTicketToken(),
            ServiceId = service.Id,
            IssuingServiceId = service.Id,
            Number = new TicketNumber(service.Prefix, number),
            ServiceDate = _day,
            Status = TicketStatus.Waiting,
            Priority = priority,
            Channel = channel,
            IssuedAt = _now,
            ArrivedAt = _now,
            History = [new TicketMove(_ledger.Next(), move, _now, TicketStatus.Waiting, TicketStatus.Waiting, null, null, null)],
        };
    }

    private void Add(Ticket ticket, DemoVisit visit)
    {
        var visitor = new Visitor(ticket, visit);
        _issued.Add(visitor);
        _byId[ticket.Id] = visitor;
        Bucket(_ofService, ticket.ServiceId).Add(visitor);
        Bucket(_issuedBy, ticket.IssuingServiceId).Add(visitor);
        Bucket(_waiting, ticket.ServiceId).Add(visitor);
        // Who finds a long line may not wait it out.
        var ahead = _waiting[ticket.ServiceId].Count - 1;
        var patience = visit.Patience ?? (ahead >= 15 && _random.Chance(Math.Min(0.5, ahead / 60.0)) ? _random.Minutes(30, 90) : null);
        if (patience is { } giveUpAfter)
        {
            Schedule(_now + giveUpAfter, () => GiveUp(visitor));
        }

        NotifyIdle(ticket.ServiceId);
    }

    // The visitor gives up from their ticket page ("batalkan"), if nobody has called them yet.
    private void GiveUp(Visitor visitor)
    {
        if (visitor.Ticket.Status == TicketStatus.Waiting)
        {
            Apply(visitor, Step(visitor.Ticket, MoveKind.Cancel, TicketStatus.Cancelled, null, null) with { CancelledAt = _now });
        }
    }

    private void SignIn(Agent agent)
    {
        if (_agents.Any(a => a != agent && a.SignedIn && a.Desk.Id == agent.Desk.Id))
        {
            agent.Done = true;
            return;
        }

        _ledger.SignIn(agent.Desk, agent.Officer.Id, _now);
        agent.SignedIn = true;
        Wake(agent, _now + _random.Seconds(60, 200));
    }

    private void Wake(Agent agent, DateTimeOffset at)
    {
        if (agent.WakeAt is { } pending && pending <= at)
        {
            return;
        }

        agent.WakeAt = at;
        Schedule(at, () =>
        {
            if (agent.WakeAt == at)
            {
                agent.WakeAt = null;
                Act(agent);
            }
        });
    }

    private void NotifyIdle(string serviceId)
    {
        foreach (var agent in _agents)
        {
            if (agent.IsFree && agent.Desk.ServiceIds.Contains(serviceId))
            {
                Wake(agent, _now + _random.LogNormal(TimeSpan.FromSeconds(50), 0.7, TimeSpan.FromSeconds(8), TimeSpan.FromMinutes(5)));
            }
        }
    }

    /// <summary>What a free officer does next, in order: a visitor who came back after a no-show, a held visitor back with their papers, a pause that is due, the move, the end of the day, the next ticket; else wait.</summary>
    private void Act(Agent agent)
    {
        if (!agent.IsFree)
        {
            return;
        }

        if (agent.Returned.Count > 0)
        {
            var back = agent.Returned[0];
            agent.Returned.RemoveAt(0);
            if (back.Ticket.Status == TicketStatus.NoShow && agent.Desk.ServiceIds.Contains(back.Ticket.ServiceId)
                && _now - back.Ticket.NoShowAt!.Value <= TimeSpan.FromMinutes(_catalog.Site.NoShowGraceMinutes))
            {
                Apply(back, Step(back.Ticket, MoveKind.Restore, TicketStatus.Waiting, agent.Desk.Id, agent.Officer.Id) with { DeskId = null, RecallCount = 0, NoShowAt = null });
                NotifyIdle(back.Ticket.ServiceId);
            }

            Wake(agent, _now + _random.Seconds(10, 40));
            return;
        }

        if (agent.HeldBack.Count > 0)
        {
            var held = agent.HeldBack[0];
            agent.HeldBack.RemoveAt(0);
            ResumeHeld(agent, held);
            return;
        }

        if (DuePause(agent) is { } pause)
        {
            StartPause(agent, pause);
            return;
        }

        if (agent.Shift.Move is { } move && !agent.Moved && _now >= move.At && agent.HeldOut.Count == 0)
        {
            agent.Moved = true;
            if (!_agents.Any(a => a != agent && a.SignedIn && a.Desk.Id == move.ToDeskId))
            {
                var to = _catalog.Desks[move.ToDeskId];
                _ledger.SignIn(to, agent.Officer.Id, _now, leaving: agent.Desk);
                agent.Desk = to;
                Wake(agent, _now + _random.Seconds(40, 120));
                return;
            }
        }

        if (_now >= agent.Shift.EndAt && agent.HeldOut.Count == 0 && CanLeave(agent))
        {
            _ledger.SignOut(agent.Desk, agent.Officer.Id, _now);
            agent.SignedIn = false;
            agent.Done = true;
            return;
        }

        if (NextFor(agent.Desk) is { } next)
        {
            Call(agent, next);
            return;
        }

        var upcoming = new List<DateTimeOffset> { agent.Shift.EndAt };
        if (agent.NextPause < agent.Shift.Pauses.Length)
        {
            upcoming.Add(agent.Shift.Pauses[agent.NextPause].DueAt);
            upcoming.Add(agent.Shift.Pauses[agent.NextPause].HardAt);
        }

        if (agent.Shift.Move is { } later && !agent.Moved)
        {
            upcoming.Add(later.At);
        }

        if (upcoming.Where(t => t > _now).DefaultIfEmpty().Min() is { } wake && wake > _now)
        {
            Wake(agent, wake);
        }
    }

    private DemoPause? DuePause(Agent agent)
    {
        var pauses = agent.Shift.Pauses;
        while (agent.NextPause < pauses.Length)
        {
            var pause = pauses[agent.NextPause];
            if (_now > pause.LatestStart || _now >= agent.Shift.EndAt)
            {
                agent.NextPause++;
                continue;
            }

            return _now >= pause.DueAt && (_now >= pause.HardAt || !AnyWaiting(agent.Desk)) ? pause : null;
        }

        return null;
    }

    private void StartPause(Agent agent, DemoPause pause)
    {
        agent.NextPause++;
        _ledger.Pause(agent.Desk, agent.Officer.Id, pause.Reason, pause.Note, _now);
        agent.Paused = true;
        var ends = pause.EndsAt(_now);
        Schedule(ends > _now ? ends : _now.AddMinutes(1), () =>
        {
            _ledger.Resume(agent.Desk, agent.Officer.Id, _now);
            agent.Paused = false;
            Wake(agent, _now + _random.Seconds(20, 90));
        });
    }

    /// <summary>An officer may go home when every service of the desk that still has people waiting is served by a colleague who stays.</summary>
    private bool CanLeave(Agent agent)
    {
        foreach (var serviceId in agent.Desk.ServiceIds)
        {
            if (AnyWaiting(serviceId) && !_agents.Any(a => a != agent && a.SignedIn && !a.Done && a.Shift.EndAt > _now && a.Desk.ServiceIds.Contains(serviceId)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The ticket the engine's call-next would pick for the desk now: each service's head in its own order, then across them.</summary>
    private Visitor? NextFor(Desk desk)
    {
        var heads = new List<RankedTicket?>(desk.ServiceIds.Length);
        foreach (var serviceId in desk.ServiceIds)
        {
            if (!_waiting.TryGetValue(serviceId, out var waiting) || waiting.Count == 0)
            {
                continue;
            }

            // Under every policy the head is the first priority or the first regular visitor in arrival order, so the
            // engine's own ordering of those two gives the head the engine would give. Only a ratio policy counts the
            // regular calls since the last priority one.
            var service = _catalog.Services[serviceId];
            var regular = service.Policy.Kind == PriorityPolicyKind.Ratio ? CallOrder.RegularSinceLastPriority(_ofService[serviceId].Select(v => v.Ticket)) : 0;
            heads.Add(CallOrder.ForService(FirstOfEach(waiting), service.Policy, regular)[0]);
        }

        return CallOrder.PickForDesk(heads) is { } pick ? _byId[pick.Ticket.Id] : null;
    }

    /// <summary>The first priority and the first regular waiting ticket in arrival order (as <see cref="CallOrder"/> orders arrivals).</summary>
    private static List<Ticket> FirstOfEach(List<Visitor> waiting)
    {
        Ticket? priority = null, regular = null;
        foreach (var visitor in waiting)
        {
            var ticket = visitor.Ticket;
            if (ticket.IsPriority)
            {
                priority = priority is null || ArrivesBefore(ticket, priority) ? ticket : priority;
            }
            else
            {
                regular = regular is null || ArrivesBefore(ticket, regular) ? ticket : regular;
            }
        }

        return [.. new[] { priority, regular }.OfType<Ticket>()];
    }

    private static bool ArrivesBefore(Ticket a, Ticket b) =>
        a.ArrivedAt != b.ArrivedAt ? a.ArrivedAt < b.ArrivedAt
        : a.Number.Sequence != b.Number.Sequence ? a.Number.Sequence < b.Number.Sequence
        : string.CompareOrdinal(a.Id, b.Id) < 0;

    private bool AnyWaiting(string serviceId) => _waiting.TryGetValue(serviceId, out var waiting) && waiting.Count > 0;

    private bool AnyWaiting(Desk desk) => desk.ServiceIds.Any(AnyWaiting);

    private QuotaUse UseOf(Service service) =>
        QuotaUse.Count(_issuedBy.TryGetValue(service.Id, out var issued) ? issued.Select(v => v.Ticket) : [], service.Quota);

    private int HeldForBookings(Service service)
    {
        var held = 0;
        for (var i = 0; i < _bookings.Count; i++)
        {
            if (_bookings[i].ServiceId == service.Id && _bookings[i].State == BookingState.Booked && _now < _checkInCloses[i])
            {
                held++;
            }
        }

        return held;
    }

    private Ticket Step(Ticket ticket, MoveKind kind, TicketStatus to, string? deskId, string? officerId, string? note = null) =>
        ticket with
        {
            Status = to,
            History = ticket.History.Add(new TicketMove(_ledger.Next(), kind, _now, ticket.Status, to, deskId, officerId, note)),
        };

    /// <summary>Takes the moved ticket, keeping each service's list of waiting visitors up to date.</summary>
    private void Apply(Visitor visitor, Ticket moved)
    {
        var before = visitor.Ticket;
        if (before.Status == TicketStatus.Waiting)
        {
            _waiting[before.ServiceId].Remove(visitor);
        }

        if (moved.Status == TicketStatus.Waiting)
        {
            Bucket(_waiting, moved.ServiceId).Add(visitor);
        }

        visitor.Ticket = moved;
    }

    private static List<Visitor> Bucket(Dictionary<string, List<Visitor>> index, string key)
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            bucket = [];
            index[key] = bucket;
        }

        return bucket;
    }

    private sealed class Visitor(Ticket ticket, DemoVisit visit)
    {
        public Ticket Ticket { get; set; } = ticket;

        public DemoVisit Visit { get; } = visit;

        /// <summary>Sent on or held once already: not again.</summary>
        public bool Moved { get; set; }

        /// <summary>What is left of the service when the visitor comes back from a hold.</summary>
        public TimeSpan? Remaining { get; set; }
    }

    private sealed class Agent(DemoShift shift, Desk desk, double speed)
    {
        public DemoShift Shift { get; } = shift;

        public Officer Officer => Shift.Officer;

        public Desk Desk { get; set; } = desk;

        public double Speed { get; } = speed;

        public bool SignedIn { get; set; }

        public bool Busy { get; set; }

        public bool Paused { get; set; }

        public bool Done { get; set; }

        public bool Moved { get; set; }

        public int NextPause { get; set; }

        public DateTimeOffset? WakeAt { get; set; }

        public List<Visitor> HeldOut { get; } = [];

        public List<Visitor> HeldBack { get; } = [];

        public List<Visitor> Returned { get; } = [];

        public bool IsFree => SignedIn && !Done && !Busy && !Paused;
    }
}
