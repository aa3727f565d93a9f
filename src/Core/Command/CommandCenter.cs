using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Builds the Command Center's view of the building from one <see cref="TodaySnapshot"/>, the device registry and
/// the clock: no engine lock, no scan of the day (the snapshot already holds each service's figures), so its cost
/// does not grow with the tickets of the day or the history in the store.
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
        var today = _engine.Snapshot;
        var catalog = today.Catalog;
        var now = _time.GetUtcNow();
        var day = DateOnly.FromDateTime(SiteClock.ToLocal(now, catalog.Site.TimeZone));

        var desks = today.Desks.Values
            .Where(d => d.Desk.Active && (agencyId is null || d.Desk.AgencyId == agencyId))
            .Select(d => ReadDesk(d, now))
            .ToList();

        var alerts = new List<CommandAlert>();
        var agencies = ImmutableArray.CreateBuilder<AgencySnapshot>();
        foreach (var agency in catalog.Agencies.Values
            .Where(a => agencyId is null || a.Id == agencyId)
            .OrderBy(a => a.SortOrder)
            .ThenBy(a => a.Name, StringComparer.Ordinal))
        {
            var services = catalog.ServicesOf(agency.Id)
                .Where(s => s.Active || today.Line(s.Id).Touched)
                .Select(s => ReadService(s, today, now, desks) with { Bookings = _engine.Bookings.CountsToday(s.Id) })
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
            alerts.AddRange(services.Where(s => s.OverQueueStandard).Select(s =>
                new CommandAlert(CommandAlertKind.QueueOverStandard, TimeSpan.Zero, TimeSpan.Zero, agency.Id, Service: s.Service)
                {
                    Waiting = s.Figures.Waiting,
                    WaitingLimit = s.Service.StandardQueueLength,
                }));
            alerts.AddRange(own.Select(d => IdleWhileWaiting(d, today, now)).OfType<CommandAlert>());
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
            [.. alerts.OrderBy(a => a.Kind).ThenByDescending(a => a.Overdue).ThenByDescending(a => a.WaitingOver)]);
    }

    /// <summary>
    /// The alert for a desk open and idle while people wait for its services, once that has lasted past the limit:
    /// counted from the later of when it fell idle and when the longest of those people joined the queue.
    /// </summary>
    private CommandAlert? IdleWhileWaiting(DeskReading desk, TodaySnapshot today, DateTimeOffset now)
    {
        if (desk.IdleSince is not { } idleSince)
        {
            return null;
        }

        var waiting = 0;
        DateTimeOffset? waitingSince = null;
        foreach (var serviceId in desk.Desk.ServiceIds)
        {
            var line = today.Line(serviceId);
            waiting += line.Waiting.Length;
            if (line.OldestWaitingSince is { } since && (waitingSince is null || since < waitingSince))
            {
                waitingSince = since;
            }
        }

        if (waitingSince is not { } joined)
        {
            return null;
        }

        var idleFor = now - (joined > idleSince ? joined : idleSince);
        return idleFor > Options.IdleWhileWaiting
            ? new CommandAlert(CommandAlertKind.DeskIdleWhileWaiting, idleFor, Options.IdleWhileWaiting, desk.Desk.AgencyId, Desk: desk.Desk) { Waiting = waiting }
            : null;
    }

    private static DeskReading ReadDesk(DeskLine line, DateTimeOffset now)
    {
        var condition = line.HolderId is null ? DeskCondition.Closed
            : line.State.Paused ? DeskCondition.Paused
            : line.Current is not null ? DeskCondition.Busy
            : DeskCondition.Idle;
        TimeSpan? pausedFor = condition == DeskCondition.Paused && line.State.Since is { } since
            ? (now - since < TimeSpan.Zero ? TimeSpan.Zero : now - since)
            : null;
        return new DeskReading(line.Desk, line.State, condition, pausedFor, condition == DeskCondition.Idle ? IdleSince(line) : null);
    }

    /// <summary>
    /// When an open desk with no ticket fell idle: the latest of its sign-in, its last resume from a pause and the
    /// last move made there (its last ticket finished, marked no-show, transferred or held).
    /// </summary>
    private static DateTimeOffset? IdleSince(DeskLine line)
    {
        DateTimeOffset? latest = line.State.SignedInAt;
        foreach (var at in new[] { line.State.Since, line.LastMoveAt })
        {
            if (at is { } time && (latest is null || time > latest))
            {
                latest = time;
            }
        }

        return latest;
    }

    private static ServiceSnapshot ReadService(Service service, TodaySnapshot today, DateTimeOffset now, List<DeskReading> desks)
    {
        var serving = desks.Where(d => d.Desk.ServiceIds.Contains(service.Id)).ToList();
        var line = today.Line(service.Id);
        var availability = today.Availability(service, now);
        var figures = new CommandFigures(
            line.Waiting.Length,
            line.OldestWaitingIssuedAt is { } oldest ? Max(TimeSpan.Zero, now - oldest) : null,
            serving.Count(d => d.IsOpen),
            serving.Count(d => d.Condition == DeskCondition.Idle),
            serving.Count(d => d.Condition == DeskCondition.Paused),
            serving.Count(d => d.Condition == DeskCondition.Closed),
            line.Served,
            Math.Max(0, service.Quota.Total - line.Used.Total),
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

    private sealed record DeskReading(Desk Desk, DeskState State, DeskCondition Condition, TimeSpan? PausedFor, DateTimeOffset? IdleSince)
    {
        public bool IsOpen => Condition is DeskCondition.Busy or DeskCondition.Idle;
    }
}
