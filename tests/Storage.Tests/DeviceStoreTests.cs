using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>Registered screens in the LiteDB file: every field kept across a restart, replaced by id, one per token.</summary>
public sealed class DeviceStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/queue.db");

    public void Dispose() => _folder.Dispose();

    private static ScreenDevice Screen(string id, string token, string name = "TV ruang tunggu") => new()
    {
        Id = id,
        Token = token,
        Name = name,
        ZoneId = "zona-2",
        Kind = ScreenKind.Desk,
        DeskId = "loket-28",
        IsSpeaker = true,
        Reading = NumberReading.DigitByDigit,
        UseBrowserSpeech = true,
        RegisteredAt = TestData.At(7, 15, 3),
        LastSeenAt = TestData.At(9, 41, 12).AddTicks(1234),
        Sound = ScreenSound.Blocked,
    };

    [Fact]
    public void SaveScreen_Reopened_ReadsBackEveryField()
    {
        var screen = Screen("s-1", "tok-0123456789abcdef");
        using (var store = new LiteQueueStore(DataFile))
        {
            store.SaveScreen(screen);
        }

        using var reopened = new LiteQueueStore(DataFile);

        Assert.Equal(screen, Assert.Single(reopened.LoadScreens()));
    }

    [Fact]
    public void SaveScreen_SameId_ReplacesIt()
    {
        using var store = new LiteQueueStore(LiteQueueStore.InMemory);
        var screen = Screen("s-1", "tok-0123456789abcdef");
        store.SaveScreen(screen);

        store.SaveScreen(screen with { Name = "TV lobi", IsSpeaker = false, LastSeenAt = null, Sound = ScreenSound.Unknown });

        var stored = Assert.Single(store.LoadScreens());
        Assert.Equal(("TV lobi", false, null, ScreenSound.Unknown), (stored.Name, stored.IsSpeaker, stored.LastSeenAt, stored.Sound));
    }

    [Fact]
    public void SaveScreen_TokenOfAnotherScreen_IsRefusedAndStoresNothing()
    {
        using var store = new LiteQueueStore(LiteQueueStore.InMemory);
        store.SaveScreen(Screen("s-1", "tok-0123456789abcdef"));

        Assert.Throws<LiteException>(() => store.SaveScreen(Screen("s-2", "tok-0123456789abcdef")));

        Assert.Equal("s-1", Assert.Single(store.LoadScreens()).Id);
    }

    [Fact]
    public void DeleteScreen_Known_IsGoneAfterARestart_UnknownIsFalse()
    {
        using (var store = new LiteQueueStore(DataFile))
        {
            store.SaveScreen(Screen("s-1", "tok-0123456789abcdef"));
            store.SaveScreen(Screen("s-2", "tok-fedcba9876543210"));
            Assert.True(store.DeleteScreen("s-1"));
            Assert.False(store.DeleteScreen("s-1"));
        }

        using var reopened = new LiteQueueStore(DataFile);

        Assert.Equal("s-2", Assert.Single(reopened.LoadScreens()).Id);
    }

    [Fact]
    public void Screens_BesideTheQueue_LeaveTheSequenceAlone()
    {
        using var store = new LiteQueueStore(LiteQueueStore.InMemory);

        store.SaveScreen(Screen("s-1", "tok-0123456789abcdef"));

        Assert.Equal(0, store.LastSequence());
    }

    [Fact]
    public void ScreenMethods_AfterDispose_Throw()
    {
        var store = new LiteQueueStore(LiteQueueStore.InMemory);
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.LoadScreens());
        Assert.Throws<ObjectDisposedException>(() => store.SaveScreen(Screen("s-1", "tok-0123456789abcdef")));
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
