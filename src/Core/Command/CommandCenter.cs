using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Builds the Command Center's view of the building from the engine's public queries, the device registry and the
/// clock. It reads today's tickets once (the engine keeps only the current day in memory), so its cost does not
/// grow with the history in the store.
/// </summary>
public sealed class CommandCenter
{
    private readonly QueueEngine _engine;
    private readonly ScreenRegistry _devices;
    private readonly TimeProvider _time;

    public CommandCenter(QueueEngine engine, ScreenRegistry devices, TimeProvider time, CommandOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(devices);
        ArgumentNullException.ThrowIfNull(time);
        _engine = engine;
        _devices = devices;
        _time = time;
        Options = options ?? new CommandOptions();
    }

    public CommandOptions Options { get; }

    /// <summary>
    /// The building now; with <paramref name="agencyId"/>, only that agency (its services, desks, desk devices and
    /// alerts), for a supervisor of one agency. An unknown agency gives an empty view, never the whole building.
    /// </summary>
    public BuildingSnapshot Snapshot(string? agencyId = null)
    {
        var catalog = _engine.Catalog;
        var tickets = _engine.TicketsToday();
        var now = _time.GetUtcNow();
        var day = DateOnly.FromDateTime(SiteClock.ToLocal(now, catalog.Site.TimeZone));
        var today = new TodayTickets(tickets, now);

        var desks = catalog.Desks.Values
            .Where(d => d.Active && (agencyId is null || d.AgencyId == agencyId))
            .Select(d => ReadDesk(d, today))
            .ToList();

        var alerts = new List<CommandAlert>();
        var agencies = ImmutableArray.CreateBuilder<AgencySnapshot>();
        foreach (var agency in catalog.Agencies.Values
            .Where(a => agencyId is null || a.Id == agencyId)
            .OrderBy(a => a.SortOrder)
            .ThenBy(a => a.Name, StringComparer.Ordinal))
        {
            var services = catalog.ServicesOf(agency.Id)
                .Where(s => s.Active || today.Touches(s.Id))
                .Select(s => ReadService(s, catalog.Site, now, desks, today))
                .ToImmutableArray();
            if (!agency.Active && services.IsEmpty)
            {
                continue;
            }

            var own = desks.Where(d => d.Desk.AgencyId == agency.Id).ToList();
            var fromServices = CommandFigures.Sum(services.Select(s => s.Figures));
            var figures = fromServices with
            {
                DesksOpen = own.Count(d => d.IsOpen),
                DesksIdle = own.Count(d => d.Condition == DeskCondition.Idle),
                DesksPaused = own.Count(d => d.Condition == DeskCondition.Paused),
                DesksClosed = own.Count(d => d.Condition == DeskCondition.Closed),
            };

            var before = alerts.Count;
            alerts.AddRange(services.Where(s => s.OverStandard).Select(s =>
                new CommandAlert(CommandAlertKind.WaitOverStandard, s.Figures.LongestWait!.Value, s.StandardWait, agency.Id, Service: s.Service)));
            alerts.AddRange(own.Where(d => d.PausedFor > Options.PausedTooLong).Select(d =>
                new CommandAlert(CommandAlertKind.DeskPausedTooLong, d.PausedFor!.Value, Options.PausedTooLong, agency.Id, Desk: d.Desk, PauseReason: d.State.Reason)));
            agencies.Add(new AgencySnapshot(agency, figures, services, alerts.Count - before));
        }

        var devices = _devices.Statuses()
            .Where(s => agencyId is null || (catalog.FindDesk(s.Screen.DeskId) is { } desk && desk.AgencyId == agencyId))
            .ToList();
        alerts.AddRange(devices.Where(s => s.Health == ScreenHealth.Stale).Select(s =>
            new CommandAlert(CommandAlertKind.DeviceStale, s.SilentFor ?? TimeSpan.Zero, _devices.StaleAfter, catalog.FindDesk(s.Screen.DeskId)?.AgencyId, Device: s.Screen)));

        var built = agencies.ToImmutable();
        return new BuildingSnapshot(
            now,
            day,
            catalog.Site,
            agencyId,
            CommandFigures.Sum(built.Select(a => a.Figures)),
            built,
            new DeviceFigures(
                devices.Count(s => s.Health == ScreenHealth.Online),
                devices.Count(s => s.Health == ScreenHealth.Stale),
                devices.Count(s => s.Health == ScreenHealth.NeverSeen)),
            [.. alerts.OrderBy(a => a.Kind).ThenByDescending(a => a.Overdue)]);
    }

    private DeskReading ReadDesk(Desk desk, TodayTickets today)
    {
        var holder = _engine.DeskHolder(desk.Id);
        var state = _engine.DeskStateOf(desk.Id);
        var condition = holder is null ? DeskCondition.Closed
            : state.Paused ? DeskCondition.Paused
            : today.AtDesk.Contains(desk.Id) ? DeskCondition.Busy
            : DeskCondition.Idle;
        TimeSpan? pausedFor = condition == DeskCondition.Paused && state.Since is { } since
            ? (today.Now - since < TimeSpan.Zero ? TimeSpan.Zero : today.Now - since)
            : null;
        return new DeskReading(desk, state, condition, pausedFor);
    }

    private static ServiceSnapshot ReadService(Service service, Site site, DateTimeOffset now, List<DeskReading> desks, TodayTickets today)
    {
        var serving = desks.Where(d => d.Desk.ServiceIds.Contains(service.Id)).ToList();
        var used = QuotaUse.Count(today.IssuedBy(service.Id), service.Quota);
        var availability = ServiceCalendar.Check(site, service, now, used, QuotaChannel.WalkIn);
        var waiting = today.Waiting(service.Id);
        var figures = new CommandFigures(
            waiting.Count,
            waiting.Count == 0 ? null : Max(TimeSpan.Zero, now - waiting.OldestIssuedAt),
            serving.Count(d => d.IsOpen),
            serving.Count(d => d.Condition == DeskCondition.Idle),
            serving.Count(d => d.Condition == DeskCondition.Paused),
            serving.Count(d => d.Condition == DeskCondition.Closed),
            today.Served(service.Id),
            Math.Max(0, service.Quota.Total - used.Total),
            service.Quota.Total);
        return new ServiceSnapshot(service, figures, availability.State);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private enum DeskCondition
    {
        Closed,
        Paused,
        Busy,
        Idle,
    }

    private sealed record DeskReading(Desk Desk, DeskState State, DeskCondition Condition, TimeSpan? PausedFor)
    {
        public bool IsOpen => Condition is DeskCondition.Busy or DeskCondition.Idle;
    }

    private readonly record struct WaitingLine(int Count, DateTimeOffset OldestIssuedAt);

    /// <summary>Today's tickets grouped once, so that each service's figures cost a look-up, not a scan.</summary>
    private sealed class TodayTickets
    {
        private readonly Dictionary<string, WaitingLine> _waiting = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _served = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Ticket>> _issued = new(StringComparer.Ordinal);

        public TodayTickets(IReadOnlyList<Ticket> tickets, DateTimeOffset now)
        {
            Now = now;
            foreach (var ticket in tickets)
            {
                if (!_issued.TryGetValue(ticket.IssuingServiceId, out var issued))
                {
                    _issued[ticket.IssuingServiceId] = issued = [];
                }

                issued.Add(ticket);
                switch (ticket.Status)
                {
                    case TicketStatus.Waiting:
                        _waiting[ticket.ServiceId] = _waiting.TryGetValue(ticket.ServiceId, out var line)
                            ? new WaitingLine(line.Count + 1, ticket.IssuedAt < line.OldestIssuedAt ? ticket.IssuedAt : line.OldestIssuedAt)
                            : new WaitingLine(1, ticket.IssuedAt);
                        break;
                    case TicketStatus.Done:
                        _served[ticket.ServiceId] = _served.GetValueOrDefault(ticket.ServiceId) + 1;
                        break;
                    case TicketStatus.Called or TicketStatus.Serving when ticket.DeskId is not null:
                        AtDesk.Add(ticket.DeskId);
                        break;
                    default:
                        break;
                }
            }
        }

        public DateTimeOffset Now { get; }

        public HashSet<string> AtDesk { get; } = new(StringComparer.Ordinal);

        public WaitingLine Waiting(string serviceId) => _waiting.GetValueOrDefault(serviceId);

        public int Served(string serviceId) => _served.GetValueOrDefault(serviceId);

        public List<Ticket> IssuedBy(string serviceId) => _issued.TryGetValue(serviceId, out var list) ? list : [];

        public bool Touches(string serviceId) =>
            _issued.ContainsKey(serviceId) || _waiting.ContainsKey(serviceId) || _served.ContainsKey(serviceId);
    }
}
