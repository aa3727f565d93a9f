using LiteDB;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

public sealed class LiteQueueStoreTests : IDisposable
{
    private readonly LiteQueueStore _store = new(LiteQueueStore.InMemory);

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Dispose_Twice_DoesNotThrowAndLaterCallsAreRefused()
    {
        var store = new LiteQueueStore(LiteQueueStore.InMemory);

        store.Dispose();
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.LastNumber(TestData.Day, "A"));
        Assert.Throws<ObjectDisposedException>(() => store.SaveZone(TestData.Zone()));
    }
}
