using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>Registered screens in the LiteDB file: every field kept across a restart, replaced by id, one per token.</summary>
public sealed class LiteDeviceStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/queue.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ScreenMethods_AfterDispose_Throw()
    {
        var store = new LiteQueueStore(LiteQueueStore.InMemory);
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.LoadScreens());
        Assert.Throws<ObjectDisposedException>(() => store.SaveScreen(DeviceStoreTests.Screen("s-1", "tok-0123456789abcdef")));
    }

    [Fact]
    public void AddLiteDbStorage_DeviceStore_IsOnTheOneFile()
    {
        using var provider = new ServiceCollection().AddLiteDbStorage(LiteQueueStore.InMemory).BuildServiceProvider();
        var devices = provider.GetRequiredService<IDeviceStore>();

        provider.GetRequiredService<LiteFile>().Dispose();

        Assert.IsType<LiteDeviceStore>(devices);
        Assert.Throws<ObjectDisposedException>(() => devices.LoadScreens());
    }
}
