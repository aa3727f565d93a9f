using System.Text.Json;
using MppQueue.Core;
using MppQueue.Display.Live;

namespace MppQueue.Display.Tests;

/// <summary>What /live shows of the building, read from one snapshot: per service and per zone.</summary>
public sealed class LiveBoardTests : DisplayTestBase
{
    private static readonly JsonSerializerOptions _web = new(JsonSerializerDefaults.Web);

    private LiveBoard Read() => LiveBoard.Read(Engine.Snapshot, Time.GetUtcNow(), 5);

    private LiveService Service(string id) => Read().Services.Single(s => s.Id == id);

    [Fact]
    public void Read_DemoMpp_ListsEveryActiveAgencyAndServiceInOrder()
    {
        var board = Read();

        Assert.Equal("Disdukcapil", board.Agencies[0].Name);
        Assert.Equal("ktp-el", board.Agencies[0].Services[0].Id);
        Assert.Equal(Engine.Catalog.Services.Values.Count(s => s.Active), board.Services.Count());
        Assert.Equal(["zona-1", "zona-2"], board.Zones.Select(z => z.Id));
    }

    [Fact]
    public void Read_TicketsIssued_CountsTheWaitingAndTheQuotaLeft()
    {
        var before = Service("ktp-el");
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));

        var after = Service("ktp-el");

        Assert.Equal(before.Waiting + 2, after.Waiting);
        Assert.Equal(before.QuotaLeft - 2, after.QuotaLeft);
        Assert.Equal(AvailabilityState.Open, after.State);
    }

    [Fact]
    public void Read_ACallAndAServe_ShowTheNumbersAtTheirDesks_AndTheZonesLastCalls()
    {
        var first = IssueAndCall("ktp-el", "loket-01");
        var second = IssueAndCall("ktp-el", "loket-02");
        Engine.StartServing("loket-01", first.Id);

        var ktp = Service("ktp-el");
        var zone = Read().Zones.Single(z => z.Id == "zona-1");

        Assert.Equal([(1, first.Number.ToString(), true), (2, second.Number.ToString(), false)], ktp.Serving.Select(s => (s.DeskNumber, s.Number, s.Serving)));
        Assert.Equal([second.Number.ToString(), first.Number.ToString()], zone.Calls.Select(c => c.Number));
        Assert.Equal(2, zone.Calls[0].DeskNumber);
    }

    [Fact]
    public void Read_ATicketPutOnHold_IsNeitherServedNorTheLatestCall()
    {
        var earlier = IssueAndCall("kartu-keluarga", "loket-03");
        Engine.Finish("loket-03", earlier.Id);
        var held = IssueAndCall("ktp-el", "loket-01");

        Engine.Hold("loket-01", held.Id);

        Assert.Empty(Service("ktp-el").Serving);
        Assert.Equal([earlier.Number.ToString()], Read().Zones.Single(z => z.Id == "zona-1").Calls.Select(c => c.Number));
    }

    [Fact]
    public void Read_NoDeskOpen_HasNoEstimate_ADeskOpen_EstimatesForEveryoneWaiting()
    {
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        Assert.Null(Service("ktp-el").NextWait);

        Engine.SignInToDesk("loket-01", Store.LoadOfficers().First(o => o.AgencyId == "disdukcapil" && o.Role == OfficerRole.Officer));

        var ktp = Service("ktp-el");
        var expected = WaitEstimator.Estimate(2, 1, Engine.Snapshot.Line("ktp-el").Pace);
        Assert.Equal(1, ktp.DesksOpen);
        Assert.Equal(expected, ktp.NextWait);
        Assert.True(ktp.NextWait!.HighMinutes > 0);
    }

    [Fact]
    public void Message_InEnglish_SaysTheFiguresInEnglish_AndKeepsTheShapeOfThePage()
    {
        var called = IssueAndCall("ktp-el", "loket-01");
        var indonesian = LiveLabels.Message(Read());
        UseCulture("en");
        var english = LiveLabels.Message(Read());

        var ktp = english.Services.Single(s => s.Id == "ktp-el");
        Assert.Equal("Open", ktp.State);
        Assert.Equal("No desk open", ktp.Wait);
        Assert.Equal(new LiveCallMessage(called.Number.ToString(), "Counter 1"), ktp.Serving.Single());
        Assert.Equal("Buka", indonesian.Services.Single(s => s.Id == "ktp-el").State);
        Assert.Equal(new LiveCallMessage(called.Number.ToString(), "Loket 1"), indonesian.Zones.Single(z => z.Id == "zona-1").Calls[0]);
        Assert.Contains("\"serving\":[{\"number\":\"" + called.Number + "\"", JsonSerializer.Serialize(english, _web), StringComparison.Ordinal);
    }

    [Fact]
    public void Shape_ChangesWhenAServiceIsAddedOrRenamed_NotWhenTicketsMove()
    {
        var shape = LiveLabels.Shape(Read());
        IssueAndCall("ktp-el", "loket-01");
        Assert.Equal(shape, LiveLabels.Shape(Read()));

        var catalog = Engine.Catalog with { Services = Engine.Catalog.Services.SetItem("ktp-el", Engine.Catalog.Services["ktp-el"] with { NameId = "KTP elektronik" }) };
        var renamed = LiveBoard.Read(TodaySnapshot.Derive(catalog, Engine.Snapshot.Day, 1, Time.GetUtcNow(), [], []), Time.GetUtcNow(), 5);

        Assert.NotEqual(shape, LiveLabels.Shape(renamed));
    }

    [Fact]
    public void Read_ClosedDay_ADeskOpenedAnyway_GivesNoEstimate_OnlyADashBesideTheState()
    {
        // Sunday 29 November: the demo MPP is closed, and an officer opens a desk all the same.
        Time.Advance(TimeSpan.FromDays(6));
        Engine.SignInToDesk("loket-01", Store.LoadOfficers().First(o => o.AgencyId == "disdukcapil" && o.Role == OfficerRole.Officer));

        var ktp = Service("ktp-el");
        Assert.Equal((AvailabilityState.ClosedDay, 1), (ktp.State, ktp.DesksOpen));
        Assert.Null(ktp.NextWait);
        var message = LiveLabels.Message(Read()).Services.Single(s => s.Id == "ktp-el");
        Assert.Equal(("–", "Libur hari ini"), (message.Wait, message.State));
    }

    [Fact]
    public void Read_AfterClosingTime_PeopleStillWaitingAtAnOpenDesk_GivesNoEstimateForANewTicket()
    {
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.SignInToDesk("loket-01", Store.LoadOfficers().First(o => o.AgencyId == "disdukcapil" && o.Role == OfficerRole.Officer));
        Assert.NotNull(Service("ktp-el").NextWait);

        Time.Advance(TimeSpan.FromHours(8));

        var ktp = Service("ktp-el");
        Assert.Equal((AvailabilityState.ClosedForToday, 1, 1), (ktp.State, ktp.Waiting, ktp.DesksOpen));
        Assert.Null(ktp.NextWait);
        Assert.Equal("–", LiveLabels.Wait(ktp));
    }

    [Fact]
    public void Read_AfterClosingTime_SaysClosedForToday()
    {
        Time.Advance(TimeSpan.FromHours(8));

        Assert.Equal(AvailabilityState.ClosedForToday, Service("ktp-el").State);
        Assert.Equal("Sudah tutup", LiveLabels.State(AvailabilityState.ClosedForToday));
    }
}
