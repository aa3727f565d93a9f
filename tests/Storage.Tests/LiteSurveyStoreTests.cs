using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>What only the LiteDB survey store has: its file's lifetime.</summary>
public sealed class LiteSurveyStoreTests
{
    [Fact]
    public void SurveyMethods_AfterDispose_Throw()
    {
        var store = new LiteQueueStore(LiteQueueStore.InMemory);
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.HasResponse("t-1"));
        Assert.Throws<ObjectDisposedException>(() => store.TryAddResponse(SurveyStoreTests.Response("r-1", "t-1")));
    }

    [Fact]
    public void AddLiteDbStorage_SurveyStore_IsOnTheOneFile()
    {
        using var provider = new ServiceCollection().AddLiteDbStorage(LiteQueueStore.InMemory).BuildServiceProvider();
        var surveys = provider.GetRequiredService<ISurveyStore>();

        provider.GetRequiredService<LiteFile>().Dispose();

        Assert.IsType<LiteSurveyStore>(surveys);
        Assert.Throws<ObjectDisposedException>(() => surveys.HasResponse("t-1"));
    }
}
