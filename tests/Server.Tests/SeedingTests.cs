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
