using System.Collections.Immutable;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>
/// Reports over generated history: three weeks and a morning of tickets across several agencies, with waits,
/// service times and outcomes drawn from a seeded <see cref="Random"/>, stored through the real store. Every figure
/// is checked against values computed here from what was generated (not from the stored moves), and the median
/// and 90th percentile within the histogram's resolution.
/// </summary>
public abstract class ReportStoreTests : IDisposable
{
    protected StoreHost Host { get; }

    /// <summary>Percentiles are read from 30-second bins as the bin's middle: at most 15 s from the exact nearest-rank value.</summary>
    private static readonly TimeSpan PercentileTolerance = TimeSpan.FromSeconds(DurationHistogram.BinSeconds / 2.0);

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly FirstDay = new(2026, 11, 2);

    // Four agencies (Disdukcapil and Samsat with two services each), so that transfers cross agencies and filters have something to cut.
    private static readonly string[] ServiceIds = ["ktp-el", "kartu-keluarga", "paspor", "skck", "pajak-kendaraan", "balik-nama"];

    private readonly ITestStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 15, 0, 0, Wib));
    private readonly SiteCatalog _catalog = DemoMpp.Build();
    private readonly List<Generated> _generated = [];
    private long _sequence;

    protected ReportStoreTests(StoreHost host)
    {
        Host = host;
        _store = host.Open();
        CatalogEditor.SeedIfEmpty(_store, _catalog, DemoMpp.Officers());
        foreach (var desk in _catalog.Desks.Values)
        {
            _store.SaveOfficer(new Officer { Id = OfficerAt(desk.Id), UserName = OfficerAt(desk.Id), DisplayName = "Petugas " + desk.Name, Role = OfficerRole.Officer, AgencyId = desk.AgencyId });
        }

        var random = new Random(20261123);
        for (var day = FirstDay; day <= Today; day = day.AddDays(1))
        {
            var count = day == Today ? 30 : random.Next(40, 90);
            for (var i = 0; i < count; i++)
            {
                Generate(day, random, today: day == Today);
            }
        }

        Engine = new QueueEngine(_store, _time, new QueueNotifier());
        Reports = new ReportService(Engine, _store, _store, _store, _time);
    }

    private enum Outcome
    {
        Served,
        ServedFromCall,
        NoShow,
        Cancelled,
        Transferred,
        Unfinished,
    }

    private QueueEngine Engine { get; }

    private ReportService Reports { get; }

    [Fact]
    public void Build_WholeMppOverWeeks_MatchesIndependentFigures()
    {
        var period = new ReportPeriod(FirstDay, Today);

        var report = Reports.Build(period, ReportFilter.All);

        AssertMatches(report, _ => true, _ => true, _ => true);
        Assert.Equal(period.Days, report.PerDay.Length);
        foreach (var day in report.PerDay)
        {
            Assert.Equal(_generated.Count(g => g.Day == day.Day), day.Issued);
            Assert.Equal(_generated.Count(g => g.Day == day.Day && g.ServiceTime is not null), day.Served);
        }

        // Over the whole MPP every ticket ends one way or another.
        Assert.Equal(report.Counts.Issued, report.Counts.Served + report.Counts.NoShow + report.Counts.Cancelled + report.Counts.Unfinished);
        AssertQuota(report, period, _ => true);
    }

    [Fact]
    public void Build_FilteredByAgency_CountsOnlyThatAgencysServices()
    {
        var agency = _catalog.FindService("paspor")!.AgencyId;
        bool Of(string? service) => _catalog.FindService(service)?.AgencyId == agency;

        var report = Reports.Build(new ReportPeriod(FirstDay, Today), new ReportFilter(AgencyId: agency));

        AssertMatches(report, s => Of(s.Service), s => Of(s.Service), s => Of(s.Service));
        AssertQuota(report, new ReportPeriod(FirstDay, Today), Of);
        Assert.All(report.ByService, line => Assert.True(Of(line.Key)));
    }

    [Fact]
    public void Build_FilteredByDesk_CountsWhatHappenedAtThatDesk()
    {
        var desk = _generated.Where(g => g.FirstCall is not null).GroupBy(g => g.FirstCall!.Value.Desk).OrderByDescending(g => g.Count()).First().Key;

        var report = Reports.Build(new ReportPeriod(FirstDay, Today.AddDays(-1)), new ReportFilter(DeskId: desk));

        AssertMatches(report, s => s.Desk == desk, s => s.Desk == desk, s => s.Desk == desk, Today.AddDays(-1));
        Assert.True(report.Counts.Served > 0);
    }

    [Fact]
    public void Build_FilteredByOfficer_CountsThatOfficersWork()
    {
        var officer = OfficerAt(_generated.First(g => g.Outcome == Outcome.Transferred).Transfer!.Value.Desk);

        var report = Reports.Build(new ReportPeriod(FirstDay, Today), new ReportFilter(OfficerId: officer));

        AssertMatches(report, s => s.Officer == officer, s => s.Officer == officer, s => s.Officer == officer);
        Assert.True(report.Counts.Transferred > 0);
    }

    [Fact]
    public void Build_FinishedDays_BuildsEachRollupOnceThenReusesIt()
    {
        var period = new ReportPeriod(FirstDay, Today);
        var first = Reports.Build(period, ReportFilter.All);
        var builtAt = _store.LoadRollups(FirstDay, Today).ToDictionary(d => d.Day, d => d.BuiltAt);

        // A ticket slipped into a finished day after its rollup (which the engine never does) is not seen:
        // the report reads the stored rollup, not the day's tickets.
        _time.Advance(TimeSpan.FromMinutes(5));
        Generate(FirstDay, new Random(1), today: false);
        var second = Reports.Build(period, ReportFilter.All);

        Assert.Equal(period.Days - 1, first.DaysBuilt);
        Assert.Equal(0, second.DaysBuilt);
        Assert.Equal(first.Counts, second.Counts);
        Assert.Equal(builtAt, _store.LoadRollups(FirstDay, Today).ToDictionary(d => d.Day, d => d.BuiltAt));
        Assert.DoesNotContain(Today, builtAt.Keys);

        // Discarding the day's rollup makes the next report build it again from the tickets.
        Assert.Equal(1, _store.DiscardRollups(FirstDay, FirstDay));
        var third = Reports.Build(period, ReportFilter.All);
        Assert.Equal(1, third.DaysBuilt);
        Assert.Equal(first.Counts.Issued + 1, third.Counts.Issued);
    }

    [Fact]
    public void SaveRollups_ThenLoad_GivesBackEveryFigure()
    {
        var day = FirstDay.AddDays(3);
        var built = RollupBuilder.Build(day, _store.LoadTickets(day), _store.LoadBookings(day, day), _catalog, _time.GetUtcNow());

        _store.SaveRollups([built]);
        var loaded = Assert.Single(_store.LoadRollups(day, day));

        Assert.True(built.Rows.Length > 5);
        // The store gives rows back in no particular order.
        static IEnumerable<RollupRow> Sorted(IEnumerable<RollupRow> rows) =>
            rows.OrderBy(r => r.ServiceId, StringComparer.Ordinal).ThenBy(r => r.DeskId, StringComparer.Ordinal).ThenBy(r => r.OfficerId, StringComparer.Ordinal);
        Assert.Equal(Sorted(built.Rows), Sorted(loaded.Rows));
        Assert.Equal(built.Quotas.OrderBy(q => q.Key), loaded.Quotas.OrderBy(q => q.Key));
        Assert.NotEmpty(built.Funnel);
        Assert.Equal(built.Funnel.AsEnumerable(), loaded.Funnel.AsEnumerable());
        Assert.Equal(built.TicketCount, loaded.TicketCount);
        Assert.Equal(built.BuiltAt, loaded.BuiltAt);
    }

    [Fact]
    public void Build_SkmWithOfficerFilter_IgnoresTheOfficer()
    {
        var served = _generated.Where(g => g.ServiceTime is not null && g.Day < Today).Take(12).ToList();
        foreach (var g in served)
        {
            _store.TryAddResponse(new SurveyResponse
            {
                Id = "r-" + g.Id,
                TicketId = g.Id,
                ServiceId = g.FinalService,
                AgencyId = _catalog.FindService(g.FinalService)!.AgencyId,
                DeskId = g.Outcome_.Desk,
                ServiceDate = g.Day,
                SubmittedAt = _time.GetUtcNow(),
                Answers = SkmAnswers.Create(SkmAnswers.Elements.ToDictionary(e => e, e => 3)),
            });
        }

        var officer = OfficerAt(served[0].Outcome_.Desk!);
        var all = Reports.Build(new ReportPeriod(FirstDay, Today), ReportFilter.All);
        var byOfficer = Reports.Build(new ReportPeriod(FirstDay, Today), new ReportFilter(OfficerId: officer));

        Assert.Equal(12, all.Skm.ResponseCount);
        Assert.Equal(75.00m, all.Skm.Index);
        Assert.Equal(12, byOfficer.Skm.ResponseCount);
    }

    [Theory]
    [InlineData(2026, 11, 10, 2026, 11, 9, ReportErrorCode.PeriodReversed)]
    [InlineData(2025, 11, 1, 2026, 11, 2, ReportErrorCode.PeriodTooLong)]
    public void Build_BadPeriod_IsRefused(int y1, int m1, int d1, int y2, int m2, int d2, ReportErrorCode code)
    {
        var error = Assert.Throws<ReportException>(() => Reports.Build(new ReportPeriod(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2)), ReportFilter.All));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Build_ServiceOfAnotherAgency_IsRefused()
    {
        var agency = _catalog.FindService("ktp-el")!.AgencyId;

        var error = Assert.Throws<ReportException>(() => Reports.Build(new ReportPeriod(Today, Today), new ReportFilter(AgencyId: agency, ServiceId: "paspor")));

        Assert.Equal(ReportErrorCode.NotInAgency, error.Code);
        Assert.Equal(ReportErrorCode.UnknownDesk, Assert.Throws<ReportException>(() => Reports.Build(new ReportPeriod(Today, Today), new ReportFilter(DeskId: "<script>"))).Code);
    }

    private static string OfficerAt(string deskId) => "petugas-" + deskId;

    private static void AssertClose(TimeSpan? expected, TimeSpan? actual)
    {
        Assert.NotNull(expected);
        Assert.NotNull(actual);
        Assert.True((expected.Value - actual.Value).Duration() <= PercentileTolerance, $"expected {expected} ± {PercentileTolerance}, got {actual}");
    }

    /// <summary>The nearest-rank percentile: the ⌈p·n⌉-th smallest value.</summary>
    private static TimeSpan? Percentile(List<TimeSpan> values, double p)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        return sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
    }

    private static TimeSpan? Mean(List<TimeSpan> values) =>
        values.Count == 0 ? null : TimeSpan.FromTicks(values.Sum(v => v.Ticks) / values.Count);

    private void AssertMatches(ReportResult report, Func<Slot, bool> arrival, Func<Slot, bool> outcome, Func<Slot, bool> transfer, DateOnly? lastDay = null)
    {
        var inPeriod = _generated.Where(g => g.Day <= (lastDay ?? Today)).ToList();
        var arrived = inPeriod.Where(g => arrival(new Slot(g.IssuingService, g.FirstCall?.Desk, g.FirstCall is { } c ? OfficerAt(c.Desk) : null))).ToList();
        var ended = inPeriod.Where(g => outcome(g.Outcome_)).ToList();
        var transfers = inPeriod.Where(g => g.Transfer is { } t && transfer(new Slot(g.IssuingService, t.Desk, OfficerAt(t.Desk)))).ToList();

        Assert.Equal(arrived.Count, report.Counts.Issued);
        Assert.Equal(ended.Count(g => g.ServiceTime is not null), report.Counts.Served);
        Assert.Equal(ended.Count(g => g.Outcome == Outcome.NoShow), report.Counts.NoShow);
        Assert.Equal(ended.Count(g => g.Outcome == Outcome.Cancelled), report.Counts.Cancelled);
        Assert.Equal(ended.Count(g => g.Outcome == Outcome.Unfinished), report.Counts.Unfinished);
        Assert.Equal(transfers.Count, report.Counts.Transferred);

        var waits = arrived.Where(g => g.Wait is not null).Select(g => g.Wait!.Value).ToList();
        Assert.True(waits.Count > 0);
        Assert.Equal(waits.Count, report.Waiting.Count);
        Assert.Equal(Mean(waits), report.Waiting.Mean);
        AssertClose(Percentile(waits, 0.5), report.Waiting.Median);
        AssertClose(Percentile(waits, 0.9), report.Waiting.P90);
        var within = arrived.Count(g => g.Wait is { } w && w <= TimeSpan.FromMinutes(_catalog.FindService(g.IssuingService)!.StandardWaitMinutes));
        Assert.Equal(within, report.WithinStandard);

        var times = ended.Where(g => g.ServiceTime is not null).Select(g => g.ServiceTime!.Value).ToList();
        Assert.Equal(times.Count, report.Service.Count);
        Assert.Equal(Mean(times), report.Service.Mean);
        AssertClose(Percentile(times, 0.5), report.Service.Median);
        AssertClose(Percentile(times, 0.9), report.Service.P90);

        var heat = new long[7 * 24];
        foreach (var g in arrived)
        {
            heat[(((int)g.IssuedLocal.DayOfWeek + 6) % 7 * 24) + g.IssuedLocal.Hour]++;
        }

        Assert.Equal(heat, report.BusiestHours.Cells.ToArray());
    }

    private void AssertQuota(ReportResult report, ReportPeriod period, Func<string, bool> service)
    {
        foreach (var s in _catalog.Services.Values.Where(s => s.Active && service(s.Id)))
        {
            long quota = 0;
            for (var day = period.From; day <= period.To; day = day.AddDays(1))
            {
                var open = !_catalog.Site.Holidays.Contains(day) && !s.ClosedDates.Contains(day) && s.Hours.For(day.DayOfWeek) is not null;
                quota += open ? s.Quota.Total : 0;
            }

            var issued = _generated.Count(g => g.IssuingService == s.Id && g.Day >= period.From && g.Day <= period.To);
            var line = Assert.Single(report.QuotaUse, l => l.ServiceId == s.Id);
            Assert.Equal(quota, line.Quota);
            Assert.Equal(issued, line.Issued);
        }

        Assert.All(report.QuotaUse, l => Assert.True(service(l.ServiceId)));
    }

    private Desk DeskFor(string serviceId, Random random)
    {
        var desks = _catalog.Desks.Values.Where(d => d.ServiceIds.Contains(serviceId)).OrderBy(d => d.Number).ToList();
        return desks[random.Next(desks.Count)];
    }

    /// <summary>Makes one ticket with a known story, stores it, and remembers what the report should count.</summary>
    private void Generate(DateOnly day, Random random, bool today)
    {
        var service = _catalog.FindService(ServiceIds[random.Next(ServiceIds.Length)])!;
        var outcome = (Outcome)random.Next(6);
        var issuedLocal = day.ToDateTime(new TimeOnly(7, 30)).AddMinutes(random.Next(0, today ? 180 : 420)).AddSeconds(random.Next(60));
        var issued = new DateTimeOffset(issuedLocal, Wib);
        var id = "t" + _generated.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + day.DayNumber;
        var moves = ImmutableList.CreateBuilder<TicketMove>();
        var status = TicketStatus.Waiting;
        var finalService = service.Id;
        string? deskId = null;
        TimeSpan? wait = null, serviceTime = null;
        (string Desk, DateTimeOffset At)? firstCall = null, transfer = null;
        Slot end;

        void Move(MoveKind kind, DateTimeOffset at, TicketStatus to, string? desk)
        {
            moves.Add(new TicketMove(++_sequence, kind, at, status, to, desk, desk is null ? null : OfficerAt(desk), null));
            status = to;
        }

        Move(MoveKind.Issue, issued, TicketStatus.Waiting, null);
        if (outcome is Outcome.Cancelled or Outcome.Unfinished)
        {
            if (outcome == Outcome.Cancelled)
            {
                Move(MoveKind.Cancel, issued.AddMinutes(random.Next(1, 30)), TicketStatus.Cancelled, null);
            }

            end = new Slot(service.Id, null, null);
        }
        else
        {
            wait = TimeSpan.FromSeconds(random.Next(0, service.StandardWaitMinutes * 2 * 60));
            var desk = DeskFor(service.Id, random);
            deskId = desk.Id;
            var called = issued + wait.Value;
            firstCall = (desk.Id, called);
            Move(MoveKind.Call, called, TicketStatus.Called, desk.Id);
            var started = called.AddSeconds(random.Next(10, 120));
            var length = TimeSpan.FromSeconds(random.Next(60, 1800));
            switch (outcome)
            {
                case Outcome.Served:
                    Move(MoveKind.StartServing, started, TicketStatus.Serving, desk.Id);
                    Move(MoveKind.Finish, started + length, TicketStatus.Done, desk.Id);
                    serviceTime = length;
                    break;
                case Outcome.ServedFromCall:
                    Move(MoveKind.Recall, called.AddSeconds(30), TicketStatus.Called, desk.Id);
                    Move(MoveKind.Finish, called + length, TicketStatus.Done, desk.Id);
                    serviceTime = length;
                    break;
                case Outcome.NoShow:
                    Move(MoveKind.Recall, called.AddMinutes(1), TicketStatus.Called, desk.Id);
                    Move(MoveKind.NoShow, called.AddMinutes(3), TicketStatus.NoShow, desk.Id);
                    break;
                default:
                    Move(MoveKind.StartServing, started, TicketStatus.Serving, desk.Id);
                    var moved = started.AddMinutes(2);
                    Move(MoveKind.Transfer, moved, TicketStatus.Waiting, desk.Id);
                    transfer = (desk.Id, moved);
                    finalService = ServiceIds.First(s => s != service.Id && _catalog.FindService(s)!.AgencyId != service.AgencyId);
                    var second = DeskFor(finalService, random);
                    deskId = second.Id;
                    var recalled = moved.AddMinutes(random.Next(1, 40));
                    Move(MoveKind.Call, recalled, TicketStatus.Called, second.Id);
                    Move(MoveKind.StartServing, recalled.AddMinutes(1), TicketStatus.Serving, second.Id);
                    Move(MoveKind.Finish, recalled.AddMinutes(1) + length, TicketStatus.Done, second.Id);
                    serviceTime = length;
                    break;
            }

            end = new Slot(finalService, deskId, OfficerAt(deskId));
        }

        var ticket = new Ticket
        {
            Id = id,
            Token = "token-" + id,
            ServiceId = finalService,
            IssuingServiceId = service.Id,
            Number = new TicketNumber(service.Prefix, _generated.Count(g => g.Day == day && g.IssuingService == service.Id) + 1),
            ServiceDate = day,
            Status = status,
            IssuedAt = issued,
            ArrivedAt = issued,
            FirstCalledAt = firstCall?.At,
            DeskId = status is TicketStatus.Waiting or TicketStatus.Cancelled ? null : deskId,
            OfficerId = deskId is null || status is TicketStatus.Waiting or TicketStatus.Cancelled ? null : OfficerAt(deskId),
            TransferredFromServiceId = transfer is null ? null : service.Id,
            History = moves.ToImmutable(),
        };
        _store.InsertTicket(ticket, null);
        _generated.Add(new Generated(id, day, service.Id, finalService, outcome, issuedLocal, wait, serviceTime, firstCall, transfer, end));
    }

    public void Dispose()
    {
        _store.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed record Slot(string Service, string? Desk, string? Officer);

    private sealed record Generated(
        string Id,
        DateOnly Day,
        string IssuingService,
        string FinalService,
        Outcome Outcome,
        DateTime IssuedLocal,
        TimeSpan? Wait,
        TimeSpan? ServiceTime,
        (string Desk, DateTimeOffset At)? FirstCall,
        (string Desk, DateTimeOffset At)? Transfer,
        Slot Outcome_);
}

public sealed class ReportStoreOnLiteDbTests() : ReportStoreTests(new LiteStoreHost());

public sealed class ReportStoreOnPostgresTests() : ReportStoreTests(new PostgresStoreHost("ReportStore"));
