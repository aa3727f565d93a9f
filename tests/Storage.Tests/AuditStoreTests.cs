using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

public abstract class AuditStoreTests(StoreHost host) : IDisposable
{
    protected StoreHost Host { get; } = host;

    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        _folder.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void LoadAudit_AfterReopen_ReturnsTheEntriesOfThePeriodOldestFirst()
    {
        var path = _folder.File("audit.db");
        var early = new AuditEntry("e1", TestData.At(7, 30), "budi", "DeskSignedIn", "loket-01", null);
        var late = new AuditEntry("e2", TestData.At(11, 45), "budi", "DeskPaused", "loket-01", "Prayer");
        var tomorrow = new AuditEntry("e3", TestData.At(8, 0).AddDays(1), "ani", "DeskSignedIn", "loket-02", "take-over from budi");
        using (var store = Host.Open())
        {
            store.AppendAudit(late);
            store.AppendAudit(tomorrow);
            store.AppendAudit(early);
        }

        using var reopened = Host.Open();
        var day = reopened.LoadAudit(TestData.At(0, 0, 0, 0), TestData.At(0, 0, 0, 0).AddDays(1));

        Assert.Equal([early, late], day);
        Assert.Equal(3, reopened.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Count);
    }

    [Fact]
    public void AppendAudit_SameIdTwice_IsRefusedAndKeepsTheFirst()
    {
        using var store = Host.Open();
        var entry = new AuditEntry("e1", TestData.At(7, 30), "budi", "DeskSignedIn", "loket-01", null);
        store.AppendAudit(entry);

        Assert.ThrowsAny<Exception>(() => store.AppendAudit(entry with { Action = "Forged" }));
        Assert.Equal([entry], store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }
}

public sealed class AuditStoreOnLiteDbTests() : AuditStoreTests(new LiteStoreHost());

public sealed class AuditStoreOnPostgresTests() : AuditStoreTests(new PostgresStoreHost("AuditStore"));
