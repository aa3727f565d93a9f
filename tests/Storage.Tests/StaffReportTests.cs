using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>
/// The staff report over the real store: two officers of two agencies work Thursday and Friday 19–20 November 2026
/// through the engine; on Monday the report reads both finished days (built once, then stored) and today so far.
/// </summary>
public abstract class StaffReportTests : IDisposable
{
    protected StoreHost Host { get; }

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateOnly Thursday = new(2026, 11, 19);
    private static readonly DateOnly Friday = new(2026, 11, 20);
    private static readonly DateOnly Monday = new(2026, 11, 23);

    private readonly ITestStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 19, 7, 0, 0, Wib));
    private readonly QueueEngine _engine;
    private readonly Officer _rina = Officer("rina", "disdukcapil");
    private readonly Officer _bayu = Officer("bayu", "imigrasi");

    protected StaffReportTests(StoreHost host)
    {
        Host = host;
        _store = host.Open();
        CatalogEditor.SeedIfEmpty(_store, DemoMpp.Build());
        _store.SaveOfficer(_rina);
        _store.SaveOfficer(_bayu);
        _engine = new QueueEngine(_store, _time, new QueueNotifier());
    }

    private StaffReportService Staff => new(_engine, _store, _store, _time);

    [Fact]
    public void Build_FinishedDaysBuiltOnceAndStored_TodayAddedSoFar()
    {
        Work(Thursday, _rina, "loket-01", "ktp-el", served: 3);
        Work(Thursday, _bayu, "loket-07", "paspor", served: 2, startHour: 10);
        Work(Friday, _rina, "loket-01", "ktp-el", served: 1);
        At(Monday, 9, 0);
        _engine.SignInToDesk("loket-02", _rina);
        At(Monday, 10, 0);

        var first = Staff.Build(new ReportPeriod(Thursday, Monday), ReportFilter.All);
        var again = Staff.Build(new ReportPeriod(Thursday, Monday), ReportFilter.All);

        Assert.Equal(4, first.DaysBuilt);
        Assert.Equal(0, again.DaysBuilt);
        Assert.Equal(4, _store.LoadStaffDays(Thursday, Monday).Count);
        Assert.Equal(first.Total, again.Total);
        Assert.Equal(6, first.Total.Served);

        // Thursday 2 h each, Friday 2 h, Monday one hour so far.
        Assert.Equal(TimeSpan.FromHours(7), first.Total.Duty);
        Assert.Equal(TimeSpan.FromHours(4), first.ByDesk.Single(l => l.Id == "loket-01").Totals.Duty);
        Assert.Equal(["loket-01", "loket-02", "loket-07"], first.ByDesk.Select(l => l.Id));
        Assert.Equal(5, first.PerDay.Length);
        Assert.Equal(TimeSpan.FromHours(1), first.PerDay[^1].Duty);
        Assert.Equal([5L, 1, 0, 0, 0], first.PerDay.Select(d => d.Served));
    }

    [Fact]
    public void Build_NarrowedToAnAgencyOrAnOfficer_SeesNothingOfTheOthers()
    {
        Work(Thursday, _rina, "loket-01", "ktp-el", served: 3);
        Work(Thursday, _bayu, "loket-07", "paspor", served: 2, startHour: 10);
        At(Monday, 9, 0);

        var disdukcapil = Staff.Build(new ReportPeriod(Thursday, Friday), new ReportFilter(AgencyId: "disdukcapil"));
        var bayu = Staff.Build(new ReportPeriod(Thursday, Friday), new ReportFilter(OfficerId: "bayu"));

        Assert.Equal(["rina"], disdukcapil.ByOfficer.Select(l => l.Id));
        Assert.Equal(["disdukcapil"], disdukcapil.ByAgency.Select(l => l.Id));
        Assert.Equal(3, disdukcapil.Total.Served);
        Assert.Equal(["bayu"], bayu.ByOfficer.Select(l => l.Id));
        Assert.Equal(2, bayu.Total.Served);

        // Bayu worked Thursday and was away on Friday, a working day for Imigrasi.
        Assert.Equal((2, 1, 1), (bayu.Total.WorkingDays, bayu.Total.DaysPresent, bayu.Total.DaysAbsent));
    }

    [Fact]
    public void BuildOfThisMinute_MovesLaterInTheMinute_ShareTheMinutesRollup_BuildIsExact()
    {
        var staff = Staff;
        At(Monday, 9, 0);
        _engine.SignInToDesk("loket-01", _rina);
        At(Monday, 9, 30);
        var today = new ReportPeriod(Monday, Monday);
        var rina = new ReportFilter(OfficerId: "rina");
        Assert.Equal(0, staff.BuildOfThisMinute(today, rina).Total.Served);

        // Rina serves someone within the same clock minute: the minute's rollup is still what the beat reads, the exact
        // figures (the console's "Perbarui", the reports) have it.
        var ticket = _engine.Issue(new IssueRequest("ktp-el"));
        _engine.CallSpecific("loket-01", ticket.Id, "uji", _rina.Id);
        _engine.Finish("loket-01", ticket.Id, _rina.Id);
        Assert.Equal(0, staff.BuildOfThisMinute(today, rina).Total.Served);
        Assert.Equal(1, staff.Build(today, rina).Total.Served);

        // The next minute's beat reads it too.
        _time.Advance(TimeSpan.FromMinutes(1));
        _engine.Issue(new IssueRequest("ktp-el"));
        Assert.Equal(1, staff.BuildOfThisMinute(today, rina).Total.Served);
    }

    /// <summary>Two hours at the desk: a visitor every 30 minutes, called at once and served for 20 minutes.</summary>
    private void Work(DateOnly day, Officer officer, string deskId, string serviceId, int served, int startHour = 8)
    {
        At(day, startHour, 0);
        _engine.SignInToDesk(deskId, officer);
        for (var i = 0; i < served; i++)
        {
            At(day, startHour, 30 * i);
            var ticket = _engine.Issue(new IssueRequest(serviceId));
            _engine.CallSpecific(deskId, ticket.Id, "uji", officer.Id);
            _time.Advance(TimeSpan.FromMinutes(20));
            _engine.Finish(deskId, ticket.Id, officer.Id);
        }

        At(day, startHour + 2, 0);
        _engine.SignOutOfDesk(deskId, officer.Id);
    }

    private void At(DateOnly day, int hour, int minute) =>
        _time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)).AddMinutes(minute), Wib));

    private static Officer Officer(string id, string agency) =>
        new() { Id = id, UserName = id, DisplayName = id, Role = OfficerRole.Officer, AgencyId = agency };

    public void Dispose()
    {
        _store.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class StaffReportOnLiteDbTests() : StaffReportTests(new LiteStoreHost());

public sealed class StaffReportOnPostgresTests() : StaffReportTests(new PostgresStoreHost("StaffReport"));
