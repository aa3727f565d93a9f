using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public void AddLiteDbStorage_Resolved_IsOneStoreForBothServiceTypes()
    {
        using var provider = new ServiceCollection().AddLiteDbStorage(LiteQueueStore.InMemory).BuildServiceProvider();

        var store = provider.GetRequiredService<IQueueStore>();

        Assert.IsType<LiteQueueStore>(store);
        Assert.Same(store, provider.GetRequiredService<LiteQueueStore>());
        Assert.Same(store, provider.GetRequiredService<IQueueStore>());
    }

    [Fact]
    public void AddLiteDbStorage_ProviderDisposed_DisposesTheStore()
    {
        LiteQueueStore store;
        using (var provider = new ServiceCollection().AddLiteDbStorage(LiteQueueStore.InMemory).BuildServiceProvider())
        {
            store = provider.GetRequiredService<LiteQueueStore>();
            _ = provider.GetRequiredService<IQueueStore>();
        }

        Assert.Throws<ObjectDisposedException>(() => store.LastSequence());
    }
}
