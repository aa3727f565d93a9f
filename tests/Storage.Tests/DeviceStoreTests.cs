using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>Registered screens in the LiteDB file: every field kept across a restart, replaced by id, one per token.</summary>
public abstract class DeviceStoreTests(StoreHost host) : IDisposable
{
    protected StoreHost Host { get; } = host;

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/queue.db");

    public void Dispose()
    {
        _folder.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    internal static ScreenDevice Screen(string id, string token, string name = "TV ruang tunggu") => new()
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
        using (var store = Host.Open())
        {
            store.SaveScreen(screen);
        }

        using var reopened = Host.Open();

        Assert.Equal(screen, Assert.Single(reopened.LoadScreens()));
    }

    [Fact]
    public void SaveScreen_SameId_ReplacesIt()
    {
        using var store = Host.Open();
        var screen = Screen("s-1", "tok-0123456789abcdef");
        store.SaveScreen(screen);

        store.SaveScreen(screen with { Name = "TV lobi", IsSpeaker = false, LastSeenAt = null, Sound = ScreenSound.Unknown });

        var stored = Assert.Single(store.LoadScreens());
        Assert.Equal(("TV lobi", false, null, ScreenSound.Unknown), (stored.Name, stored.IsSpeaker, stored.LastSeenAt, stored.Sound));
    }

    [Fact]
    public void SaveScreen_TokenOfAnotherScreen_IsRefusedAndStoresNothing()
    {
        using var store = Host.Open();
        store.SaveScreen(Screen("s-1", "tok-0123456789abcdef"));

        Host.AssertRefused(() => store.SaveScreen(Screen("s-2", "tok-0123456789abcdef")));

        Assert.Equal("s-1", Assert.Single(store.LoadScreens()).Id);
    }

    [Fact]
    public void SaveScreens_SeveralInOneWrite_AreReadBackAfterARestart()
    {
        var first = Screen("s-1", "tok-0123456789abcdef");
        var seenAgain = first with { LastSeenAt = TestData.At(10, 0, 0), Sound = ScreenSound.Ready };
        var second = Screen("s-2", "tok-fedcba9876543210", "TV lobi");
        using (var store = Host.Open())
        {
            store.SaveScreen(first);
            store.SaveScreens([seenAgain, second]);
        }

        using var reopened = Host.Open();

        Assert.Equal([seenAgain, second], reopened.LoadScreens().OrderBy(s => s.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void SaveScreens_OneRefused_StoresNoneOfThem()
    {
        using var store = Host.Open();
        var first = Screen("s-1", "tok-0123456789abcdef");
        store.SaveScreen(first);

        Host.AssertRefused(() => store.SaveScreens([first with { Name = "TV lobi" }, Screen("s-2", "tok-0123456789abcdef")]));

        Assert.Equal(first, Assert.Single(store.LoadScreens()));
    }

    [Fact]
    public void DeleteScreen_Known_IsGoneAfterARestart_UnknownIsFalse()
    {
        using (var store = Host.Open())
        {
            store.SaveScreen(Screen("s-1", "tok-0123456789abcdef"));
            store.SaveScreen(Screen("s-2", "tok-fedcba9876543210"));
            Assert.True(store.DeleteScreen("s-1"));
            Assert.False(store.DeleteScreen("s-1"));
        }

        using var reopened = Host.Open();

        Assert.Equal("s-2", Assert.Single(reopened.LoadScreens()).Id);
    }

    [Fact]
    public void Screens_BesideTheQueue_LeaveTheSequenceAlone()
    {
        using var store = Host.Open();

        store.SaveScreen(Screen("s-1", "tok-0123456789abcdef"));

        Assert.Equal(0, store.LastSequence());
    }
}

public sealed class DeviceStoreOnLiteDbTests() : DeviceStoreTests(new LiteStoreHost());

public sealed class DeviceStoreOnPostgresTests() : DeviceStoreTests(new PostgresStoreHost("DeviceStore"));
