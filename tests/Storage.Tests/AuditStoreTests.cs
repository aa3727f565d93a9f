using MppQueue.Core;

namespace MppQueue.Storage.Tests;

public sealed class AuditStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LoadAudit_AfterReopen_ReturnsTheEntriesOfThePeriodOldestFirst()
    {
        var path = _folder.File("audit.db");
        var early = new AuditEntry("e1", TestData.At(7, 30), "budi", "DeskSignedIn", "loket-01", null);
        var late = new AuditEntry("e2", TestData.At(11, 45), "budi", "DeskPaused", "loket-01", "Prayer");
        var tomorrow = new AuditEntry("e3", TestData.At(8, 0).AddDays(1), "ani", "DeskSignedIn", "loket-02", "take-over from budi");
        using (var store = new LiteQueueStore(path))
        {
            store.AppendAudit(late);
            store.AppendAudit(tomorrow);
            store.AppendAudit(early);
        }

        using var reopened = new LiteQueueStore(path);
        var day = reopened.LoadAudit(TestData.At(0, 0, 0, 0), TestData.At(0, 0, 0, 0).AddDays(1));

        Assert.Equal([early, late], day);
        Assert.Equal(3, reopened.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Count);
    }

    [Fact]
    public void AppendAudit_SameIdTwice_IsRefusedAndKeepsTheFirst()
    {
        using var store = new LiteQueueStore(LiteQueueStore.InMemory);
        var entry = new AuditEntry("e1", TestData.At(7, 30), "budi", "DeskSignedIn", "loket-01", null);
        store.AppendAudit(entry);

        Assert.ThrowsAny<Exception>(() => store.AppendAudit(entry with { Action = "Forged" }));
        Assert.Equal([entry], store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }
}
