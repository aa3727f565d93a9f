using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>
/// A backup taken mid-morning put back after more tickets were issued: the visitors who hold those tickets must never
/// meet their number again, and the replaced file is kept.
/// </summary>
public sealed class DataFileRestoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TestData.Wib));

    private string DataFile => _folder.File("mppqueue.db");

    private string BackupFile => _folder.File("backup.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Restore_BackupFromEarlierToday_NumberingContinuesAfterTheHighestEverIssued()
    {
        long sequenceBefore;
        using (var store = new LiteQueueStore(DataFile))
        {
            CatalogEditor.SeedIfEmpty(store, DemoMpp.Build());
            var engine = new QueueEngine(store, _clock, new QueueNotifier());
            Issue(engine, 3);
            store.WriteCopy(BackupFile);
            Issue(engine, 2);
            sequenceBefore = store.LastSequence();
        }

        var result = DataFileRestore.Restore(BackupFile, DataFile, _clock.GetUtcNow());

        using (var store = new LiteQueueStore(DataFile))
        {
            var engine = new QueueEngine(store, _clock, new QueueNotifier());
            Assert.Equal(["A001", "A002", "A003"], engine.TicketsToday().Select(t => t.Number.ToString()).Order());
            var next = engine.Issue(new IssueRequest("ktp-el"));
            Assert.Equal("A006", next.Number.ToString());
            Assert.True(next.LastSequence > sequenceBefore, $"sequence {next.LastSequence} is not past {sequenceBefore}");
        }

        Assert.NotNull(result.ReplacedFileKeptAs);
        using var kept = new LiteQueueStore(result.ReplacedFileKeptAs!);
        Assert.Equal(5, kept.LoadTickets(TestData.Day).Count);
    }

    [Fact]
    public void Restore_NoCurrentFile_RefusedWithTheReasonUnlessAccepted()
    {
        using (var store = new LiteQueueStore(DataFile))
        {
            CatalogEditor.SeedIfEmpty(store, DemoMpp.Build());
            Issue(new QueueEngine(store, _clock, new QueueNotifier()), 2);
            store.WriteCopy(BackupFile);
        }

        File.Delete(DataFile);

        var refusal = Assert.Throws<RestoreException>(() => DataFileRestore.Restore(BackupFile, DataFile, _clock.GetUtcNow()));
        Assert.Contains("may be issued again today", refusal.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(DataFile));

        DataFileRestore.Restore(BackupFile, DataFile, _clock.GetUtcNow(), acceptRepeatedNumbers: true);
        using var restored = new LiteQueueStore(DataFile);
        Assert.Equal(2, restored.LoadTickets(TestData.Day).Count);
    }

    [Fact]
    public void Restore_FileThatIsNoMppQueueBackup_RefusedAndTheDataFileUntouched()
    {
        using (var store = new LiteQueueStore(DataFile))
        {
            CatalogEditor.SeedIfEmpty(store, DemoMpp.Build());
            Issue(new QueueEngine(store, _clock, new QueueNotifier()), 1);
        }

        using (new LiteQueueStore(BackupFile))
        {
            // An empty LiteDB file: a database, but not a MppQueue one.
        }

        var refusal = Assert.Throws<RestoreException>(() => DataFileRestore.Restore(BackupFile, DataFile, _clock.GetUtcNow()));

        Assert.Contains("not a MppQueue backup", refusal.Message, StringComparison.Ordinal);
        using var store2 = new LiteQueueStore(DataFile);
        Assert.Single(store2.LoadTickets(TestData.Day));
        Assert.False(File.Exists(DataFile + ".restoring"));
    }

    [Fact]
    public void Restore_DataFileStillOpenByTheServer_RefusedAndNothingReplaced()
    {
        using var store = new LiteQueueStore(DataFile);
        CatalogEditor.SeedIfEmpty(store, DemoMpp.Build());
        store.WriteCopy(BackupFile);

        var refusal = Assert.Throws<RestoreException>(() => DataFileRestore.Restore(BackupFile, DataFile, _clock.GetUtcNow()));

        Assert.Contains("Stop the MppQueue server first", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.replaced-*"));
    }

    private static void Issue(QueueEngine engine, int count)
    {
        for (var i = 0; i < count; i++)
        {
            engine.Issue(new IssueRequest("ktp-el"));
        }
    }
}
