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

    private static DeskReading ReadDesk(DeskLine line, DateTimeOffset now)
    {
        var condition = line.HolderId is null ? DeskCondition.Closed
            : line.State.Paused ? DeskCondition.Paused
            : line.Current is not null ? DeskCondition.Busy
            : DeskCondition.Idle;
        TimeSpan? pausedFor = condition == DeskCondition.Paused && line.State.Since is { } since
            ? (now - since < TimeSpan.Zero ? TimeSpan.Zero : now - since)
            : null;
        return new DeskReading(line.Desk, line.State, condition, pausedFor);
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

    private sealed record DeskReading(Desk Desk, DeskState State, DeskCondition Condition, TimeSpan? PausedFor)
    {
        public bool IsOpen => Condition is DeskCondition.Busy or DeskCondition.Idle;
    }
}
