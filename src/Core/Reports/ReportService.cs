using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Reports over a period of local days. Finished days are read from their stored rollups, building (once) those
/// not built yet from the day's tickets; today is rolled up on the fly from the engine's tickets, since it is
/// still changing (docs/adr/0011-report-rollups.md).
/// </summary>
public sealed class ReportService
{
    /// <summary>How many built days are written in one transaction, so the store's lock is never held for long.</summary>
    private const int SaveBatch = 16;

    private readonly QueueEngine _engine;
    private readonly IQueueStore _tickets;
    private readonly IReportStore _rollups;
    private readonly ISurveyStore _surveys;
    private readonly TimeProvider _time;

    public ReportService(QueueEngine engine, IQueueStore tickets, IReportStore rollups, ISurveyStore surveys, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(rollups);
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(time);
        _engine = engine;
        _tickets = tickets;
        _rollups = rollups;
        _surveys = surveys;
        _time = time;
    }

    /// <summary>Today in the site's time zone.</summary>
    public DateOnly Today => _engine.Today;

    /// <summary>Refuses a reversed or too long period.</summary>
    /// <exception cref="ReportException">The period ends before it starts or is longer than <see cref="ReportPeriod.MaxDays"/> days.</exception>
    public static void Validate(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.To < period.From)
        {
            throw new ReportException(ReportErrorCode.PeriodReversed);
        }

        if (period.Days > ReportPeriod.MaxDays)
        {
            throw new ReportException(ReportErrorCode.PeriodTooLong, ReportPeriod.MaxDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Refuses ids that do not exist, and a service, desk or officer outside the filter's agency.</summary>
    /// <exception cref="ReportException">An id is unknown or outside the agency.</exception>
    public void Validate(ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var catalog = _engine.Catalog;
        if (filter.AgencyId is { } agency && !catalog.Agencies.ContainsKey(agency))
        {
            throw new ReportException(ReportErrorCode.UnknownAgency, agency);
        }

        if (filter.ServiceId is { } serviceId)
        {
            var service = catalog.FindService(serviceId) ?? throw new ReportException(ReportErrorCode.UnknownService, serviceId);
            if (filter.AgencyId is not null && service.AgencyId != filter.AgencyId)
            {
                throw new ReportException(ReportErrorCode.NotInAgency, serviceId);
            }
        }

        if (filter.DeskId is { } deskId)
        {
            var desk = catalog.FindDesk(deskId) ?? throw new ReportException(ReportErrorCode.UnknownDesk, deskId);
            if (filter.AgencyId is not null && desk.AgencyId != filter.AgencyId)
            {
                throw new ReportException(ReportErrorCode.NotInAgency, deskId);
            }
        }

        if (filter.OfficerId is { } officerId)
        {
            var officer = _tickets.LoadOfficers().FirstOrDefault(o => o.Id == officerId)
                ?? throw new ReportException(ReportErrorCode.UnknownOfficer, officerId);

            // Another agency's officer is not for this agency's report (an agency supervisor's request is narrowed
            // to their agency before it gets here). MPP-wide staff belong to no agency and may serve at any desk.
            if (filter.AgencyId is not null && officer.AgencyId is not null && officer.AgencyId != filter.AgencyId)
            {
                throw new ReportException(ReportErrorCode.NotInAgency, officerId);
            }
        }
    }

    /// <summary>The report of a period (local days, inclusive) narrowed by a filter.</summary>
    /// <exception cref="ReportException">The period or the filter is refused (see <see cref="Validate(ReportPeriod)"/>).</exception>
    public ReportResult Build(ReportPeriod period, ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(filter);
        Validate(period);
        Validate(filter);
        var catalog = _engine.Catalog;
        var days = DaysOf(period, catalog, out var built);
        var report = Aggregate(period, filter, catalog, days);
        var responses = _surveys.LoadResponses(period.From, period.To);
        return report with
        {
            DaysBuilt = built,
            Skm = Skm(period, filter, responses),
            Funnel = Funnel(filter, catalog, days, responses),
        };
    }

    /// <summary>
    /// Builds and stores the rollups of finished days in a period that have none yet (what a report does lazily);
    /// returns how many it built. Called at start for the days before today, so the first report is quick.
    /// </summary>
    public int BuildMissing(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        DaysOf(period with { To = Min(period.To, Today.AddDays(-1)) }, _engine.Catalog, out var built);
        return built;
    }

    private List<RollupDay> DaysOf(ReportPeriod period, SiteCatalog catalog, out int built)
    {
        built = 0;
        var today = Today;
        var days = new List<RollupDay>();
        var lastFinished = Min(period.To, today.AddDays(-1));
        if (period.From <= lastFinished)
        {
            var stored = _rollups.LoadRollups(period.From, lastFinished).ToDictionary(d => d.Day);
            var pending = new List<RollupDay>();
            for (var day = period.From; day <= lastFinished; day = day.AddDays(1))
            {
                // A day stored before funnels were rolled up is built again: its tickets are final (ADR 11).
                if (!stored.TryGetValue(day, out var rollup) || !rollup.HasFunnel)
                {
                    rollup = RollupBuilder.Build(day, _tickets.LoadTickets(day), _tickets.LoadBookings(day, day), catalog, _time.GetUtcNow());
                    pending.Add(rollup);
                    built++;
                    if (pending.Count == SaveBatch)
                    {
                        _rollups.SaveRollups(pending);
                        pending.Clear();
                    }
                }

                days.Add(rollup);
            }

            if (pending.Count > 0)
            {
                _rollups.SaveRollups(pending);
            }
        }

        if (period.From <= today && today <= period.To)
        {
            days.Add(RollupBuilder.Build(today, _engine.TicketsToday(), _engine.BookingsOn(today), catalog, _time.GetUtcNow()));
        }

        return days;
    }

    private static ReportResult Aggregate(ReportPeriod period, ReportFilter filter, SiteCatalog catalog, List<RollupDay> days)
    {
        var total = new Accumulator();
        var byService = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var byDesk = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var byOfficer = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var heat = new long[7 * 24];
        var perDay = ImmutableArray.CreateBuilder<DayFigures>(days.Count);
        var issuedByService = new Dictionary<string, long>(StringComparer.Ordinal);
        var quotaByService = new Dictionary<string, long>(StringComparer.Ordinal);

        foreach (var day in days)
        {
            var row0 = HeatMap.RowOf(day.Day.DayOfWeek) * 24;
            long issued = 0, served = 0, noShow = 0;
            foreach (var row in day.Rows)
            {
                if (!filter.MatchesService(row.ServiceId, catalog))
                {
                    continue;
                }

                // Quota use is per service: every desk and officer counts toward it.
                issuedByService[row.ServiceId] = issuedByService.GetValueOrDefault(row.ServiceId) + row.Issued;
                if (!filter.Matches(row, catalog))
                {
                    continue;
                }

                total.Add(row);
                Of(byService, row.ServiceId).Add(row);
                Of(byDesk, row.DeskId ?? string.Empty).Add(row);
                Of(byOfficer, row.OfficerId ?? string.Empty).Add(row);
                for (var hour = 0; hour < 24; hour++)
                {
                    heat[row0 + hour] += row.IssuedByHour[hour];
                }

                issued += row.Issued;
                served += row.Served;
                noShow += row.NoShow;
            }

            perDay.Add(new DayFigures(day.Day, issued, served, noShow));
            foreach (var (serviceId, quota) in day.Quotas)
            {
                if (filter.MatchesService(serviceId, catalog))
                {
                    quotaByService[serviceId] = quotaByService.GetValueOrDefault(serviceId) + quota;
                }
            }
        }

        var quotaLines = issuedByService.Keys.Union(quotaByService.Keys, StringComparer.Ordinal)
            .Select(id => new QuotaUseLine(id, issuedByService.GetValueOrDefault(id), quotaByService.GetValueOrDefault(id)))
            .Where(l => l.Issued > 0 || l.Quota > 0)
            .OrderBy(l => catalog.FindService(l.ServiceId)?.SortOrder ?? int.MaxValue)
            .ThenBy(l => l.ServiceId, StringComparer.Ordinal)
            .ToImmutableArray();

        return new ReportResult
        {
            Period = period,
            Filter = filter,
            Counts = total.Counts,
            Waiting = total.Waits.ToStats(),
            Service = total.ServiceTimes.ToStats(),
            WithinStandard = total.WithinStandard,
            BusiestHours = new HeatMap([.. heat]),
            PerDay = perDay.MoveToImmutable(),
            QuotaUse = quotaLines,
            ByService = Lines(byService),
            ByDesk = Lines(byDesk),
            ByOfficer = Lines(byOfficer),
            Skm = IkmCalculator.ForSite([], period.From, period.To),
        };
    }

    /// <summary>
    /// Adds up the days' funnels by channel. Whether a visitor answered the survey is read from the responses now, so
    /// an answer given days after the visit still counts; it counts under the service that issued the number.
    /// </summary>
    private static ImmutableArray<FunnelLine> Funnel(ReportFilter filter, SiteCatalog catalog, List<RollupDay> days, IReadOnlyList<SurveyResponse> responses)
    {
        var totals = Enum.GetValues<VisitChannel>().ToDictionary(ch => ch, _ => new FunnelTotal());
        foreach (var row in days.SelectMany(d => d.Funnel))
        {
            if (filter.MatchesService(row.ServiceId, catalog))
            {
                totals[row.Channel].Add(row);
            }
        }

        foreach (var response in responses)
        {
            if (filter.MatchesService(response.IssuingServiceId ?? response.ServiceId, catalog))
            {
                totals[response.Channel].Surveyed++;
            }
        }

        return [.. totals.OrderBy(t => t.Key).Select(t => t.Value.ToLine(t.Key))];
    }

    private IkmResult Skm(ReportPeriod period, ReportFilter filter, IReadOnlyList<SurveyResponse> all)
    {
        var catalog = _engine.Catalog;

        // Responses name the service, agency and desk, never the officer: the officer filter cannot apply.
        var responses = all
            .Where(r => (filter.ServiceId is null || r.ServiceId == filter.ServiceId)
                && (filter.AgencyId is null || r.AgencyId == filter.AgencyId || catalog.FindService(r.ServiceId)?.AgencyId == filter.AgencyId)
                && (filter.DeskId is null || r.DeskId == filter.DeskId));
        return IkmCalculator.ForSite(responses, period.From, period.To);
    }

    private static ImmutableArray<BreakdownLine> Lines(Dictionary<string, Accumulator> groups) =>
        [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BreakdownLine(g.Key, g.Value.Counts, g.Value.Waits.ToStats(), g.Value.ServiceTimes.ToStats()))];

    private static Accumulator Of(Dictionary<string, Accumulator> groups, string key)
    {
        if (!groups.TryGetValue(key, out var accumulator))
        {
            accumulator = new Accumulator();
            groups[key] = accumulator;
        }

        return accumulator;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private sealed class FunnelTotal
    {
        private readonly DurationTally _waits = new();
        private long _booked;
        private long _cancelled;
        private long _expired;
        private long _checkedIn;
        private long _called;
        private long _served;

        public long Surveyed { get; set; }

        public void Add(FunnelRow row)
        {
            _booked += row.Booked;
            _cancelled += row.Cancelled;
            _expired += row.Expired;
            _checkedIn += row.CheckedIn;
            _called += row.Called;
            _served += row.Served;
            _waits.Add(row.Waits, row.WaitTicks);
        }

        public FunnelLine ToLine(VisitChannel channel) =>
            new(channel, _booked, _cancelled, _expired, _checkedIn, _called, _served, Surveyed, _waits.ToStats());
    }

    private sealed class Accumulator
    {
        private long _issued;
        private long _served;
        private long _noShow;
        private long _cancelled;
        private long _transferred;
        private long _unfinished;

        public DurationTally Waits { get; } = new();

        public DurationTally ServiceTimes { get; } = new();

        public long WithinStandard { get; private set; }

        public ReportCounts Counts => new(_issued, _served, _noShow, _cancelled, _transferred, _unfinished);

        public void Add(RollupRow row)
        {
            _issued += row.Issued;
            _served += row.Served;
            _noShow += row.NoShow;
            _cancelled += row.Cancelled;
            _transferred += row.Transferred;
            _unfinished += row.Unfinished;
            WithinStandard += row.WithinStandard;
            Waits.Add(row.Waits, row.WaitTicks);
            ServiceTimes.Add(row.ServiceTimes, row.ServiceTicks);
        }
    }
}
