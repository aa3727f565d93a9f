using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Staff figures over a period of local days. Finished days are read from their stored staff rollups, built (once)
/// from the day's tickets and audit trail when missing; today is rolled up on the fly, since it is still changing
/// (docs/adr/0020-staff-figures.md, as docs/adr/0011-report-rollups.md for the other reports).
/// </summary>
public sealed class StaffReportService
{
    /// <summary>A start this much after the opening is late, an end this much before the closing early.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(15);

    private const int SaveBatch = 16;

    private readonly QueueEngine _engine;
    private readonly IQueueStore _store;
    private readonly IStaffStore _staff;
    private readonly TimeProvider _time;

    // Every open console's own figures are read every minute (the month and today): thirty consoles made sixty rollups
    // of today and thirty reads of the month's stored days a minute, a tenth of a live MPP's CPU. Today's rollup is made
    // again only after a move, a changed catalogue or when the clock's minute turns; finished days are kept as read.
    private TodayRollup? _todayRollup;
    private FinishedDays? _finished;

    public StaffReportService(QueueEngine engine, IQueueStore store, IStaffStore staff, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(time);
        _engine = engine;
        _store = store;
        _staff = staff;
        _time = time;
    }

    public DateOnly Today => _engine.Today;

    /// <summary>The staff figures of a period narrowed by a filter (its service part does not apply: staff serve desks).</summary>
    /// <exception cref="ReportException">The period is refused (see <see cref="ReportService.Validate(ReportPeriod)"/>).</exception>
    public StaffReport Build(ReportPeriod period, ReportFilter filter) => Build(period, filter, latest: true);

    /// <summary>
    /// As <see cref="Build(ReportPeriod, ReportFilter)"/>, but today's part may be the rollup made earlier in the same
    /// clock minute, moves since included or not: for views that refresh on a minute beat of their own (every console's
    /// own figures), so that thirty consoles in a busy minute share one rollup of today instead of making one each.
    /// </summary>
    /// <exception cref="ReportException">The period is refused.</exception>
    public StaffReport BuildOfThisMinute(ReportPeriod period, ReportFilter filter) => Build(period, filter, latest: false);

    private StaffReport Build(ReportPeriod period, ReportFilter filter, bool latest)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(filter);
        ReportService.Validate(period);
        var days = DaysOf(period, latest, out var built);
        var total = StaffTotals.Empty;
        var byOfficer = new Dictionary<string, StaffTotals>(StringComparer.Ordinal);
        var byDesk = new Dictionary<string, StaffTotals>(StringComparer.Ordinal);
        var byAgency = new Dictionary<string, StaffTotals>(StringComparer.Ordinal);
        var perDay = ImmutableArray.CreateBuilder<StaffDayFigures>(days.Count);
        foreach (var day in days)
        {
            var ofDay = StaffTotals.Empty;
            foreach (var row in day.Rows.Where(r => Matches(filter, r)))
            {
                total = total.Add(row);
                ofDay = ofDay.Add(row);
                Add(byDesk, row.DeskId, t => t.Add(row));
                Add(byAgency, row.AgencyId, t => t.Add(row));
                if (row.OfficerId is { } officer)
                {
                    Add(byOfficer, officer, t => t.Add(row));
                }
            }

            // Attendance is an officer's, not a desk's: a desk filter leaves it out.
            if (filter.DeskId is null)
            {
                foreach (var presence in day.Presence.Where(p => (filter.AgencyId is null || p.AgencyId == filter.AgencyId)
                    && (filter.OfficerId is null || p.OfficerId == filter.OfficerId)))
                {
                    total = total.Add(presence, Grace);
                    Add(byOfficer, presence.OfficerId, t => t.Add(presence, Grace));
                    Add(byAgency, presence.AgencyId, t => t.Add(presence, Grace));
                }
            }

            perDay.Add(new StaffDayFigures(day.Day, ofDay.Duty, ofDay.Paused, ofDay.IdleWhileWaiting, ofDay.Served) { Busy = ofDay.Busy });
        }

        return new StaffReport
        {
            Period = period,
            Filter = filter,
            Total = total,
            ByOfficer = Lines(byOfficer),
            ByDesk = Lines(byDesk),
            ByAgency = Lines(byAgency),
            PerDay = perDay.MoveToImmutable(),
            DaysBuilt = built,
        };
    }

    /// <summary>Today's staff day, as it stands now.</summary>
    public StaffDay TodaySoFar() => TodaySoFar(latest: true);

    // Not latest: a rollup of this clock minute serves, even if moves came after it.
    private StaffDay TodaySoFar(bool latest)
    {
        var sequence = _engine.Snapshot.Sequence;
        var catalog = _engine.Catalog;
        var today = Today;
        var now = _time.GetUtcNow();
        var minute = now.UtcTicks / TimeSpan.TicksPerMinute;
        if (Volatile.Read(ref _todayRollup) is { } made && (made.Sequence == sequence || !latest) && made.Minute == minute
            && made.Day.Day == today && ReferenceEquals(made.Catalog, catalog))
        {
            return made.Day;
        }

        var day = StaffBuilder.Build(today, _engine.TicketsToday(), AuditOf(today), catalog, _store.LoadOfficers(), now);
        Volatile.Write(ref _todayRollup, new TodayRollup(sequence, catalog, minute, day));
        return day;
    }

    private static bool Matches(ReportFilter filter, StaffRow row) =>
        (filter.AgencyId is null || row.AgencyId == filter.AgencyId)
        && (filter.DeskId is null || row.DeskId == filter.DeskId)
        && (filter.OfficerId is null || row.OfficerId == filter.OfficerId);

    private List<StaffDay> DaysOf(ReportPeriod period, bool latest, out int built)
    {
        built = 0;
        var today = Today;
        var days = new List<StaffDay>();
        var lastFinished = period.To < today.AddDays(-1) ? period.To : today.AddDays(-1);
        if (period.From <= lastFinished && Volatile.Read(ref _finished) is { } kept && kept.From == period.From && kept.To == lastFinished)
        {
            days.AddRange(kept.Days);
        }
        else if (period.From <= lastFinished)
        {
            var stored = _staff.LoadStaffDays(period.From, lastFinished).ToDictionary(d => d.Day);
            var pending = new List<StaffDay>();
            IReadOnlyList<Officer>? officers = null;
            for (var day = period.From; day <= lastFinished; day = day.AddDays(1))
            {
                if (!stored.TryGetValue(day, out var staffDay))
                {
                    officers ??= _store.LoadOfficers();
                    staffDay = StaffBuilder.Build(day, _store.LoadTickets(day), AuditOf(day), _engine.Catalog, officers, _time.GetUtcNow());
                    pending.Add(staffDay);
                    built++;
                    if (pending.Count == SaveBatch)
                    {
                        _staff.SaveStaffDays(pending);
                        pending.Clear();
                    }
                }

                days.Add(staffDay);
            }

            if (pending.Count > 0)
            {
                _staff.SaveStaffDays(pending);
            }

            Volatile.Write(ref _finished, new FinishedDays(period.From, lastFinished, [.. days]));
        }

        if (period.From <= today && today <= period.To)
        {
            days.Add(TodaySoFar(latest));
        }

        return days;
    }

    private IReadOnlyList<AuditEntry> AuditOf(DateOnly day)
    {
        var zone = _engine.Catalog.Site.TimeZone;
        return _store.LoadAudit(SiteClock.ToInstant(day, TimeOnly.MinValue, zone), SiteClock.ToInstant(day.AddDays(1), TimeOnly.MinValue, zone));
    }

    private sealed record TodayRollup(long Sequence, SiteCatalog Catalog, long Minute, StaffDay Day);

    private sealed record FinishedDays(DateOnly From, DateOnly To, IReadOnlyList<StaffDay> Days);

    private static void Add(Dictionary<string, StaffTotals> into, string key, Func<StaffTotals, StaffTotals> add) =>
        into[key] = add(into.GetValueOrDefault(key) ?? StaffTotals.Empty);

    private static ImmutableArray<StaffLine> Lines(Dictionary<string, StaffTotals> groups) =>
        [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new StaffLine(g.Key, g.Value))];
}
