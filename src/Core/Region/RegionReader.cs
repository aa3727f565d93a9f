using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MppQueue.Core;

/// <summary>
/// The regional view's reading of the sites a node is configured to read (docs/adr/0023-one-schema-per-site.md,
/// "Regional view"). Each site is read with the Core's own services built over its read-only stores: an engine that
/// loads the site's day (its <see cref="TodaySnapshot"/> from the stored tickets and desk states), its
/// <see cref="CommandCenter"/>, <see cref="ReportService"/> and <see cref="StaffReportService"/>, so that every figure
/// is the one the site's own pages show. Nothing is written: finished days without a stored rollup are rolled up for
/// the answer and not kept (the site's own node stores them). A site's today, and its report over a period, are each
/// read at most once per <see cref="Refresh"/>, however many people look (<see cref="RegionBeat{TKey, TValue}"/>).
/// </summary>
public sealed class RegionReader : IDisposable
{
    private readonly ImmutableDictionary<string, IRegionSite> _sites;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RegionBeat<string, RegionSiteToday> _today;
    private readonly RegionBeat<ComparisonKey, Comparison> _compared;
    private readonly int _readersAtOnce;

    /// <param name="sites">The sites the node is configured to read, in the configured order.</param>
    /// <param name="time">The clock.</param>
    /// <param name="refresh">How long a site's today is kept before it is read again.</param>
    /// <param name="logger">Where a site that cannot be read is reported.</param>
    /// <param name="readersAtOnce">
    /// How many sites are read at the same time (each on its own connections): a site's reading mostly waits on its
    /// database, so the view of twenty sites need not wait for twenty readings one after another. 1 reads them in turn.
    /// </param>
    public RegionReader(IEnumerable<IRegionSite> sites, TimeProvider time, TimeSpan refresh, ILogger<RegionReader>? logger = null, int readersAtOnce = DefaultReadersAtOnce)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(readersAtOnce, 1);
        _readersAtOnce = readersAtOnce;
        var list = sites.ToList();
        _sites = list.ToImmutableDictionary(s => s.Schema, StringComparer.Ordinal);
        Sites = [.. list.Select(s => s.Schema)];
        _time = time;
        Refresh = refresh;
        _today = new RegionBeat<string, RegionSiteToday>(Sites, time, refresh);

        // Comparisons have readers of their own: a year's report being read does not hold up a site's row on /region.
        _compared = new RegionBeat<ComparisonKey, Comparison>(Sites, time, refresh);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>How many sites are read at the same time unless the constructor is told otherwise.</summary>
    public const int DefaultReadersAtOnce = 4;

    /// <summary>The configured sites (schemas), in the configured order; empty when the node reads no region.</summary>
    public ImmutableArray<string> Sites { get; }

    /// <summary>How often a site's today, or its report over a period, is read again (and the regional Command Center refreshed).</summary>
    public TimeSpan Refresh { get; }

    /// <summary>Closes the sites' connections.</summary>
    public void Dispose()
    {
        foreach (var site in _sites.Values.OfType<IDisposable>())
        {
            site.Dispose();
        }
    }

    /// <summary>The sites among <paramref name="given"/> that are configured here, in the configured order.</summary>
    public ImmutableArray<string> Configured(IEnumerable<string> given)
    {
        ArgumentNullException.ThrowIfNull(given);
        var wanted = given.ToHashSet(StringComparer.Ordinal);
        return [.. Sites.Where(wanted.Contains)];
    }

    /// <summary>Today at each of the given sites (those configured here), sorted by name.</summary>
    public RegionToday Today(IEnumerable<string> given)
    {
        var sites = ReadEach(Configured(given), TodayOf).OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(s => s.Schema, StringComparer.Ordinal);
        return new RegionToday(_time.GetUtcNow(), [.. sites]);
    }

    /// <summary>
    /// Each given site's report and staff figures over a period, sorted by name: a named period is taken on each site's
    /// own local day; a custom one is the same dates everywhere. A site's report over a period is read at most once per
    /// <see cref="Refresh"/> (a named period again as soon as it names other days, at the site's midnight); a site that
    /// could not be read is tried again at the next beat.
    /// </summary>
    /// <exception cref="ReportException">A custom period is reversed or too long.</exception>
    public ImmutableArray<RegionSiteReport> Compare(IEnumerable<string> given, ReportPeriodKind kind, ReportPeriod? custom = null)
    {
        if (kind == ReportPeriodKind.Custom)
        {
            ReportService.Validate(custom ?? throw new ArgumentNullException(nameof(custom), "A custom period names its days."));
        }

        return [.. ReadEach(Configured(given), schema => CompareAt(schema, kind, custom))
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(s => s.Schema, StringComparer.Ordinal)];
    }

    /// <summary>
    /// <paramref name="read"/> of each site, up to <see cref="_readersAtOnce"/> at the same time, in the sites' order. A
    /// site that cannot be read is answered as such by <paramref name="read"/>; anything else it throws reaches the caller
    /// as thrown (the first, when several did).
    /// </summary>
    private T[] ReadEach<T>(ImmutableArray<string> schemas, Func<string, T> read)
    {
        if (_readersAtOnce == 1 || schemas.Length < 2)
        {
            return [.. schemas.Select(read)];
        }

        var readings = new T[schemas.Length];
        try
        {
            Parallel.For(0, schemas.Length, new ParallelOptions { MaxDegreeOfParallelism = _readersAtOnce }, i => readings[i] = read(schemas[i]));
        }
        catch (AggregateException failed) when (failed.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
        }

        return readings;
    }

    private RegionSiteToday TodayOf(string schema) => _today.Get(schema, schema, _ => true, () => ReadToday(_sites[schema]));

    private RegionSiteReport CompareAt(string schema, ReportPeriodKind kind, ReportPeriod? custom)
    {
        var key = new ComparisonKey(schema, kind, kind == ReportPeriodKind.Custom ? custom : null);
        return _compared.Get(schema, key, kept => StillNames(kept, kind), () => ReportOf(_sites[schema], kind, custom)).Report;
    }

    /// <summary>Whether a kept comparison is still of the period its name means on the site's day now.</summary>
    private bool StillNames(Comparison kept, ReportPeriodKind kind) =>
        kind == ReportPeriodKind.Custom || kept.TimeZoneId is not { } zone
        || kept.Report.Period == ReportPeriod.Of(kind, DateOnly.FromDateTime(SiteClock.ToLocal(_time.GetUtcNow(), SiteClock.FindZone(zone))));

    private RegionSiteToday ReadToday(IRegionSite site)
    {
        var now = _time.GetUtcNow();
        var state = Open(site, out var opened);
        if (opened is null)
        {
            return new RegionSiteToday(site.Schema, state, site.Schema, now);
        }

        try
        {
            var (engine, reports, _) = opened.Value;
            var center = new CommandCenter(engine, new ScreenRegistry(site.Devices, _time), _time);
            var building = center.Snapshot();
            var catalog = engine.Catalog;
            var today = engine.Snapshot;
            var report = reports.Build(new ReportPeriod(engine.Today, engine.Today), ReportFilter.All);
            return new RegionSiteToday(site.Schema, RegionSiteState.Ready, catalog.Site.Name, building.TakenAt)
            {
                TimeZoneId = catalog.Site.TimeZoneId,
                Day = building.Day,
                ServicesOpen = building.Agencies.SelectMany(a => a.Services).Count(s => s.Service.Active && s.State == AvailabilityState.Open),
                Figures = building.Totals,
                AtDesks = today.Desks.Values.Count(d => d.Current is not null),
                WithinStandard = report.WithinStandard,
                Called = report.Waiting.Count,
                Alerts = building.Alerts.Count(a => a.Kind != CommandAlertKind.DeviceStale),
            };
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            _logger.LogWarning(error, "The regional view could not read the site {Schema}.", site.Schema);
            return new RegionSiteToday(site.Schema, RegionSiteState.Unreachable, site.Schema, now);
        }
    }

    private Comparison ReportOf(IRegionSite site, ReportPeriodKind kind, ReportPeriod? custom)
    {
        var state = Open(site, out var opened);
        if (opened is null)
        {
            return new Comparison(new RegionSiteReport(site.Schema, state, site.Schema), null);
        }

        try
        {
            var (engine, reports, staff) = opened.Value;
            var period = kind == ReportPeriodKind.Custom ? custom! : ReportPeriod.Of(kind, engine.Today);
            var report = new RegionSiteReport(site.Schema, RegionSiteState.Ready, engine.Catalog.Site.Name)
            {
                Period = period,
                Report = reports.Build(period, ReportFilter.All),
                Staff = staff.Build(period, ReportFilter.All),
            };
            return new Comparison(report, engine.Catalog.Site.TimeZoneId);
        }
        catch (Exception error) when (error is not OutOfMemoryException and not ReportException)
        {
            _logger.LogWarning(error, "The regional view could not read the site {Schema}.", site.Schema);
            return new Comparison(new RegionSiteReport(site.Schema, RegionSiteState.Unreachable, site.Schema), null);
        }
    }

    /// <summary>The site's Core services over its stores (null when it cannot be read now, and the state says why).</summary>
    private RegionSiteState Open(IRegionSite site, out (QueueEngine Engine, ReportService Reports, StaffReportService Staff)? opened)
    {
        opened = null;
        var state = site.Check();
        if (state != RegionSiteState.Ready)
        {
            return state;
        }

        try
        {
            // No move scopes: this engine follows nobody and moves nothing; it loads the site's day as it is stored now.
            var engine = new QueueEngine(site.Tickets, _time, new QueueNotifier());
            var reports = new ReportService(engine, site.Tickets, new UnsavedRollups(site.Rollups), site.Surveys, _time);
            var staff = new StaffReportService(engine, site.Tickets, new UnsavedStaffDays(site.Staff), _time);
            opened = (engine, reports, staff);
            return RegionSiteState.Ready;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A site that answered the check but failed to load (gone a moment later, or unreadable) is unreachable for now.
            _logger.LogWarning(error, "The regional view could not open the site {Schema}.", site.Schema);
            return RegionSiteState.Unreachable;
        }
    }

    /// <summary>A site's report over a period as asked: a named period, or a custom one by its days.</summary>
    private readonly record struct ComparisonKey(string Schema, ReportPeriodKind Kind, ReportPeriod? Custom);

    /// <summary>A site's report and the time zone its named period was taken in (null when it could not be read).</summary>
    private sealed record Comparison(RegionSiteReport Report, string? TimeZoneId);

    /// <summary>The site's stored rollups, read; what a report rolls up for a day not stored is not written back.</summary>
    private sealed class UnsavedRollups(IReportStore inner) : IReportStore
    {
        public IReadOnlyList<RollupDay> LoadRollups(DateOnly firstDay, DateOnly lastDay) => inner.LoadRollups(firstDay, lastDay);

        public void SaveRollups(IReadOnlyCollection<RollupDay> days)
        {
        }

        public int DiscardRollups(DateOnly firstDay, DateOnly lastDay) => 0;
    }

    /// <summary>The site's stored staff days, read; nothing is written back.</summary>
    private sealed class UnsavedStaffDays(IStaffStore inner) : IStaffStore
    {
        public IReadOnlyList<StaffDay> LoadStaffDays(DateOnly firstDay, DateOnly lastDay) => inner.LoadStaffDays(firstDay, lastDay);

        public void SaveStaffDays(IReadOnlyCollection<StaffDay> days)
        {
        }
    }
}
