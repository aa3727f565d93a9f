using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Hosting;
using MppQueue.Server.Tests.Support;
using MppQueue.Storage;

namespace MppQueue.Server.Tests;

public class SeedingTests
{
    [Fact]
    public void Start_EmptyFile_SeedsTheDemoMpp()
    {
        using var factory = MppQueueFactory.OnLiteDb();

        var catalog = factory.Engine.Catalog;

        Assert.True(File.Exists(factory.DataPath));
        Assert.Equal(DemoMpp.SiteName, catalog.Site.Name);
        Assert.Equal(2, catalog.Zones.Count);
        Assert.Equal(10, catalog.Agencies.Count);
        Assert.Equal(23, catalog.Services.Count);
        Assert.Equal(30, catalog.Desks.Count);
        Assert.NotEmpty(factory.Services.GetRequiredService<IQueueStore>().LoadOfficers());
    }

    [Fact]
    public void Start_EmptyFileOnTheDemoClock_ChecksInTheDemoVisitorsAlreadyThere()
    {
        using var factory = new MppQueueFactory(settings: new Dictionary<string, string> { ["MppQueue:DemoCheckIns"] = "true" });
        var engine = factory.Engine;

        var arrived = DemoMpp.CheckedInAtStart.Select(engine.FindBooking).ToList();
        var toCome = engine.BookingsOn(engine.Today).Where(b => !DemoMpp.CheckedInAtStart.Contains(b.Code)).ToList();

        Assert.All(arrived, b => Assert.Equal(BookingState.CheckedIn, b!.State));
        Assert.Equal(["A001", "P001"], arrived.Select(b => engine.FindTicket(b!.TicketId)!.Number.ToString()));
        Assert.All(arrived, b => Assert.Equal(TicketStatus.Waiting, engine.FindTicket(b!.TicketId)!.Status));
        Assert.Equal(5, toCome.Count);
        Assert.All(toCome, b => Assert.Equal(BookingState.Booked, b.State));
    }

    [Fact]
    public void Start_SecondTimeOnSameFile_KeepsChangesAndDoesNotSeedAgain()
    {
        var path = MppQueueFactory.NewDataPath();
        try
        {
            string token;
            int officers;
            using (var first = new MppQueueFactory(path))
            {
                var store = first.Services.GetRequiredService<IQueueStore>();
                var zone = first.Engine.Catalog.Zones["zona-1"];
                store.SaveZone(zone with { Name = "Lantai Dasar (diubah)" });
                token = first.Engine.Issue(new IssueRequest("ktp-el")).Token;
                officers = store.LoadOfficers().Count;
            }

            using var second = new MppQueueFactory(path);
            var again = second.Services.GetRequiredService<IQueueStore>();

            Assert.Equal("Lantai Dasar (diubah)", second.Engine.Catalog.Zones["zona-1"].Name);
            Assert.Equal("A001", second.Engine.FindByToken(token)?.Number.ToString());
            Assert.Equal(officers, again.LoadOfficers().Count);
            Assert.Equal("A002", second.Engine.Issue(new IssueRequest("ktp-el")).Number.ToString());
        }
        finally
        {
            MppQueueFactory.DeleteData(path);
        }
    }

    private static readonly Dictionary<string, string> _withHistory = new() { ["MppQueue:DemoHistory"] = "true" };

    [Fact]
    public void Start_EmptyFileWithDemoHistory_FourWeeksOfReportsIkmAndDeskSessionsAMorningUnderWayAndASecondStartAddsNothing()
    {
        Assert.True(new MppQueueOptions().DemoHistory, "the README's run command gets the history");
        var path = MppQueueFactory.NewDataPath();
        try
        {
            long sequence;
            int officers;
            ReportResult report;
            using (var first = new MppQueueFactory(path, _withHistory))
            {
                var engine = first.Engine;
                var store = first.Services.GetRequiredService<IQueueStore>();
                var month = new ReportPeriod(engine.Today.AddDays(-DemoHistory.Days), engine.Today.AddDays(-1));
                report = first.Services.GetRequiredService<ReportService>().Build(month, ReportFilter.All);
                var ikm = first.Services.GetRequiredService<SurveyService>().Report(month.From, month.To);

                // The rollups came with the history: the month's report reads them and builds none.
                Assert.Equal(0, report.DaysBuilt);
                Assert.InRange(report.Counts.Issued, 6_000, 15_000);
                Assert.True(report.Counts.Served > report.Counts.Issued * 0.9);
                Assert.Equal(20, report.PerDay.Count(d => d.Issued > 0));
                Assert.Equal(31, report.ByOfficer.Count(l => l.Key.Length > 0));
                Assert.Equal(SkmGrade.B, ikm.Site.Grade);
                Assert.True(ikm.Site.ResponseCount > 1_000);
                Assert.Equal(10, ikm.Agencies.Length);
                Assert.Contains(store.LoadAudit(month.From.ToDateTime(TimeOnly.MinValue), DateTimeOffset.MaxValue), a => a.Action == "DeskPaused" && a.Detail == "Prayer");

                // The demo day has been under way since opening: officers at their desks, people waiting, some served.
                var building = first.Services.GetRequiredService<CommandCenter>().Snapshot().Totals;
                Assert.InRange(building.DesksOpen + building.DesksPaused, 20, 30);
                Assert.True(building.Waiting > 0 && building.ServedToday > 0, $"{building.Waiting} waiting, {building.ServedToday} served");
                var last = engine.TicketsToday().Where(t => t.Number.Prefix == "A").Max(t => t.Number.Sequence);
                Assert.Equal(last + 1, engine.Issue(new IssueRequest("ktp-el")).Number.Sequence);
                sequence = store.LastSequence();
                officers = store.LoadOfficers().Count;
            }

            using var second = new MppQueueFactory(path, _withHistory);
            var again = second.Services.GetRequiredService<IQueueStore>();
            var month2 = new ReportPeriod(second.Engine.Today.AddDays(-DemoHistory.Days), second.Engine.Today.AddDays(-1));
            Assert.Equal(report.Counts.Issued, second.Services.GetRequiredService<ReportService>().Build(month2, ReportFilter.All).Counts.Issued);
            Assert.Equal(sequence, again.LastSequence());
            Assert.Equal(officers, again.LoadOfficers().Count);
        }
        finally
        {
            MppQueueFactory.DeleteData(path);
        }
    }

    [Fact]
    public void Start_FileWithASiteAlready_GetsNoHistory()
    {
        var path = MppQueueFactory.NewDataPath();
        try
        {
            using (var store = new LiteQueueStore(path))
            {
                Assert.True(CatalogEditor.SeedIfEmpty(store, DemoMpp.Build(), DemoMpp.Officers()));
            }

            using var factory = new MppQueueFactory(path, _withHistory);
            var today = factory.Engine.Today;
            var report = factory.Services.GetRequiredService<ReportService>().Build(new ReportPeriod(today.AddDays(-DemoHistory.Days), today.AddDays(-1)), ReportFilter.All);

            Assert.Equal(0, report.Counts.Issued);
            Assert.Equal(DemoMpp.Officers().Count, factory.Services.GetRequiredService<IQueueStore>().LoadOfficers().Count);
            Assert.Empty(factory.Services.GetRequiredService<IQueueStore>().LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        }
        finally
        {
            MppQueueFactory.DeleteData(path);
        }
    }
}
