using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>A history written in one go: into a new data file built in memory, or into an open store that has no tickets yet.</summary>
public sealed class LiteHistoryStoreTests : IDisposable
{
    private static readonly DateOnly DemoDay = new(2026, 11, 23);

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/mppqueue.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void CreateIfMissing_SiteAndItsHistory_ReopenedFileHoldsEveryPartAndItsReportsNeedNoBuilding()
    {
        var clock = new FakeTimeProvider(SiteClock.ToInstant(DemoDay, new TimeOnly(9, 0), SiteClock.FindZone("Asia/Jakarta")));
        var batch = HistoryStoreTests.SmallHistory(DemoMpp.Build(), clock.GetUtcNow());

        var created = LiteQueueStore.CreateIfMissing(DataFile, store =>
        {
            CatalogEditor.SeedIfEmpty(store, DemoMpp.Build(), DemoMpp.Officers());
            Assert.Equal(DemoMpp.Officers().Count, store.LoadOfficers().Count);
            store.ImportHistory(batch);
            return true;
        });

        Assert.True(created);
        Assert.False(File.Exists(DataFile + ".new"));
        using var reopened = new LiteQueueStore(DataFile);
        Assert.Equal(2, reopened.LoadTickets(batch.FirstDay).Count);
        Assert.Equal(2, reopened.LastNumber(batch.FirstDay, "A"));
        Assert.Equal(batch.LastSequence, reopened.LastSequence());
        Assert.Equal(DemoMpp.Officers().Count + 1, reopened.LoadOfficers().Count);
        Assert.Equal(batch.Audit.AsEnumerable(), reopened.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        Assert.Single(reopened.LoadResponses(batch.FirstDay, batch.LastDay));
        Assert.Single(reopened.LoadBookings(batch.FirstDay, batch.LastDay));
        Assert.Equal(batch.DeskStates.AsEnumerable(), reopened.LoadDeskStates());

        // The rollups came with the history: a report over its days reads them and builds none.
        var engine = new QueueEngine(reopened, clock, new QueueNotifier());
        var report = new ReportService(engine, reopened, reopened, reopened, clock).Build(new ReportPeriod(batch.FirstDay, batch.LastDay), ReportFilter.All);
        Assert.Equal(0, report.DaysBuilt);
        Assert.Equal(3, report.Counts.Issued);
        Assert.Equal(1, report.Skm.ResponseCount);
        Assert.Equal(batch.LastSequence + 1, engine.Issue(new IssueRequest("ktp-el")).LastSequence);
    }

    [Fact]
    public void CreateIfMissing_FileThereAlreadyOrNothingToWrite_LeavesTheDiskAsItWas()
    {
        using (var store = new LiteQueueStore(DataFile))
        {
            store.SaveZone(TestData.Zone());
        }

        var before = File.ReadAllBytes(DataFile);
        var other = _folder.File("other/mppqueue.db");

        Assert.False(LiteQueueStore.CreateIfMissing(DataFile, _ => throw new InvalidOperationException("a file that exists is never filled")));
        Assert.False(LiteQueueStore.CreateIfMissing(other, _ => false));
        Assert.False(LiteQueueStore.CreateIfMissing(LiteQueueStore.InMemory, _ => true));
        Assert.Equal(before, File.ReadAllBytes(DataFile));
        Assert.False(File.Exists(other));
    }
}
