using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

public class SeedingTests
{
    [Fact]
    public void Start_EmptyFile_SeedsTheDemoMpp()
    {
        using var factory = new MppQueueFactory();

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
}
