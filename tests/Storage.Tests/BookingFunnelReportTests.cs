using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>
/// The booking funnel of the reports, driven through the engine on the real store: on Thursday 19 November 2026 four
/// visitors book KTP-el for Friday on the web and an officer books one; the agency loads two codes of its own. On
/// Friday some check in, walk-ins take numbers, the desk calls and serves, two visitors answer the survey (one of them
/// only on Monday). The report on Monday counts each step per channel.
/// </summary>
public abstract class BookingFunnelReportTests : IDisposable
{
    protected StoreHost Host { get; }

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateOnly Friday = new(2026, 11, 20);
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly BookingSecret Secret = new(new string('s', 40));
    private static readonly TimeRange Nine = new(new TimeOnly(9, 0), new TimeOnly(10, 0));

    private readonly ITestStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 19, 10, 0, 0, Wib));
    private readonly QueueEngine _engine;
    private readonly SurveyService _surveys;
    private readonly Officer _officer = new() { Id = "rina", UserName = "rina", DisplayName = "Rina", Role = OfficerRole.Officer, AgencyId = "disdukcapil" };

    protected BookingFunnelReportTests(StoreHost host)
    {
        Host = host;
        _store = host.Open();
        CatalogEditor.SeedIfEmpty(_store, DemoMpp.Build(), DemoMpp.Officers());
        _store.SaveOfficer(_officer);
        _engine = new QueueEngine(_store, _time, new QueueNotifier());
        _surveys = new SurveyService(_engine, _store, _time);
    }

    private ReportService Reports => new(_engine, _store, _store, _store, _time);

    [Fact]
    public void Build_CountsEachStepOfEachChannel_AndTheMedianWait()
    {
        var web = Enumerable.Range(1, 4).Select(i => Book("08120000000" + i)).ToList();
        var byOfficer = Book("081200000009", BookingChannel.Officer, _officer.Id);
        var agency = _engine.LoadAgencyBookings("disdukcapil", [new AgencyBooking("AGEN0001", "ktp-el", Friday, Nine), new AgencyBooking("AGEN0002", "ktp-el", Friday, Nine)]);
        _engine.CancelBooking(web[3].Token);

        At(Friday, 8, 40);
        _engine.SignInToDesk("loket-01", _officer);
        var webTickets = web.Take(2).Select(b => _engine.CheckIn(b.Code)).ToList();
        var officerTicket = _engine.CheckIn(byOfficer.Code);
        var agencyTicket = _engine.CheckIn(agency[0].Code);
        var walkIns = new[] { _engine.Issue(new IssueRequest("ktp-el")), _engine.Issue(new IssueRequest("ktp-el")) };

        // Called in this order, 10 minutes apart: each waited from 08:40 for 10, 20, 30 … minutes.
        foreach (var ticket in new[] { webTickets[0], officerTicket, walkIns[0], webTickets[1], walkIns[1] })
        {
            _time.Advance(TimeSpan.FromMinutes(10));
            _engine.CallSpecific("loket-01", ticket.Id, "Urutan uji", _officer.Id);
            if (ticket != walkIns[1])
            {
                _engine.Finish("loket-01", ticket.Id, _officer.Id);
            }
        }

        _surveys.Submit(walkIns[0].Token, Answers(4), null);
        At(Monday, 10, 0);
        _surveys.Submit(webTickets[0].Token, Answers(3), "Cepat.");

        var report = Reports.Build(new ReportPeriod(Friday, Monday), ReportFilter.All);

        var lines = report.Funnel.ToDictionary(l => l.Channel);
        Assert.Equal([VisitChannel.WalkIn, VisitChannel.Web, VisitChannel.Officer, VisitChannel.Agency], report.Funnel.Select(l => l.Channel));
        Assert.Equal((4L, 1L, 1L, 2L, 2L, 2L, 1L), Steps(lines[VisitChannel.Web]));
        Assert.Equal((1L, 0L, 0L, 1L, 1L, 1L, 0L), Steps(lines[VisitChannel.Officer]));
        Assert.Equal((2L, 0L, 1L, 1L, 0L, 0L, 0L), Steps(lines[VisitChannel.Agency]));
        Assert.Equal((0L, 0L, 0L, 2L, 2L, 1L, 1L), Steps(lines[VisitChannel.WalkIn]));
        Assert.Equal(0.5, lines[VisitChannel.Web].CheckInShare);
        Assert.Null(lines[VisitChannel.WalkIn].CheckInShare);

        // Web waited 10 and 40 minutes, walk-ins 30 and 50; officer 20. Medians (nearest rank) to the bin's middle.
        Assert.Equal(BinOf(10), lines[VisitChannel.Web].Waiting.Median);
        Assert.Equal(BinOf(30), lines[VisitChannel.WalkIn].Waiting.Median);
        Assert.Equal(BinOf(20), lines[VisitChannel.Officer].Waiting.Median);
        Assert.Equal(TimeSpan.FromMinutes(25), lines[VisitChannel.Web].Waiting.Mean!.Value);
        Assert.Equal(0, lines[VisitChannel.Agency].Waiting.Count);
    }

    [Fact]
    public void Build_FunnelFollowsTheAgencyFilter_ButNotTheDeskFilter()
    {
        var booking = Book("081200000001");
        At(Friday, 8, 40);
        _engine.SignInToDesk("loket-01", _officer);
        _engine.CheckIn(booking.Code);
        _engine.CallNext("loket-01", _officer.Id);
        At(Monday, 8, 0);
        var period = new ReportPeriod(Friday, Monday);

        var otherAgency = Reports.Build(period, new ReportFilter(AgencyId: "imigrasi"));
        var otherDesk = Reports.Build(period, new ReportFilter(DeskId: "loket-02"));

        Assert.All(otherAgency.Funnel, l => Assert.Equal((0L, 0L), (l.Booked, l.CheckedIn)));
        var web = Assert.Single(otherDesk.Funnel, l => l.Channel == VisitChannel.Web);
        Assert.Equal((1L, 1L, 1L), (web.Booked, web.CheckedIn, web.Called));
        Assert.Equal(0, otherDesk.Counts.Issued);
    }

    [Fact]
    public void Build_DayStoredBeforeFunnels_IsBuiltAgainWithItsFunnel()
    {
        var booking = Book("081200000001");
        At(Friday, 8, 40);
        _engine.CheckIn(booking.Code);
        At(Monday, 8, 0);
        var period = new ReportPeriod(Friday, Friday);
        var first = Reports.Build(period, ReportFilter.All);
        var stored = Assert.Single(_store.LoadRollups(Friday, Friday));
        _store.SaveRollups([stored with { Funnel = [], HasFunnel = false }]);
        Assert.False(Assert.Single(_store.LoadRollups(Friday, Friday)).HasFunnel);

        var again = Reports.Build(period, ReportFilter.All);
        var reloaded = Assert.Single(_store.LoadRollups(Friday, Friday));

        Assert.Equal((1, 1), (first.DaysBuilt, again.DaysBuilt));
        Assert.True(reloaded.HasFunnel);
        Assert.Equal(stored.Funnel.AsEnumerable(), reloaded.Funnel.AsEnumerable());
        Assert.Equal(1, Assert.Single(again.Funnel, l => l.Channel == VisitChannel.Web).CheckedIn);
        Assert.Equal(0, Reports.Build(period, ReportFilter.All).DaysBuilt);
    }

    public void Dispose()
    {
        _store.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    private static (long Booked, long Cancelled, long Expired, long CheckedIn, long Called, long Served, long Surveyed) Steps(FunnelLine l) =>
        (l.Booked, l.Cancelled, l.Expired, l.CheckedIn, l.Called, l.Served, l.Surveyed);

    private static TimeSpan BinOf(int minutes) => DurationHistogram.ValueOf(DurationHistogram.BinOf(TimeSpan.FromMinutes(minutes)));

    private static Dictionary<SkmElement, int> Answers(int value) => SkmAnswers.Elements.ToDictionary(e => e, _ => value);

    private Booking Book(string phone, BookingChannel channel = BookingChannel.Web, string? madeBy = null) =>
        _engine.Book(new BookingRequest("ktp-el", Friday, Nine.Start, BookingHolder.From(phone, null, Secret), channel, madeBy));

    private void At(DateOnly day, int hour, int minute) =>
        _time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), Wib));
}

public sealed class BookingFunnelReportOnLiteDbTests() : BookingFunnelReportTests(new LiteStoreHost());

public sealed class BookingFunnelReportOnPostgresTests() : BookingFunnelReportTests(new PostgresStoreHost("BookingFunnelReport"));
