using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>The logo lives in the data file: it round-trips, survives a restart, is in the data file when a write returns, and goes into a backup.</summary>
public abstract class SiteLogoStoreTests(StoreHost host) : IDisposable
{
    protected StoreHost Host { get; } = host;

    private static readonly DateTimeOffset _uploadedAt = new(2026, 11, 23, 2, 15, 30, 123, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/queue.db");

    public void Dispose()
    {
        _folder.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void LoadLogo_NothingUploaded_IsNull()
    {
        using var store = Host.Open();

        Assert.Null(store.LoadLogo());
        Assert.False(store.RemoveLogo());
    }

    [Fact]
    public void SaveLogo_ThenLoad_GivesBackEveryByteTypeVersionAndInstant()
    {
        using var store = Host.Open();
        var logo = Logo(300_000, seed: 7);

        store.SaveLogo(logo);
        var loaded = store.LoadLogo();

        Assert.NotNull(loaded);
        Assert.Equal(logo.Content.ToArray(), loaded.Content.ToArray());
        Assert.Equal("image/png", loaded.ContentType);
        Assert.Equal(logo.Version, loaded.Version);
        Assert.Equal(_uploadedAt, loaded.UploadedAt);
    }

    [Fact]
    public void SaveLogo_Twice_KeepsOnlyTheSecond()
    {
        using var store = Host.Open();

        store.SaveLogo(Logo(100, seed: 1));
        store.SaveLogo(Logo(200, seed: 2));

        Assert.Equal(200, store.LoadLogo()!.Size);
    }

    [Fact]
    public void SaveLogo_AfterReopen_IsStillThere()
    {
        var logo = Logo(SiteLogoRules.MaxBytes, seed: 3);
        using (var store = Host.Open())
        {
            store.SaveLogo(logo);
        }

        using var reopened = Host.Open();

        Assert.Equal(logo.Content.ToArray(), reopened.LoadLogo()!.Content.ToArray());
        Assert.Equal(logo.Version, reopened.LoadLogo()!.Version);
    }

    [Fact]
    public void RemoveLogo_AfterReopen_StaysRemoved()
    {
        using (var store = Host.Open())
        {
            store.SaveLogo(Logo(100, seed: 4));
            Assert.True(store.RemoveLogo());
        }

        using var reopened = Host.Open();

        Assert.Null(reopened.LoadLogo());
    }

    private static SiteLogo Logo(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return SiteLogo.Create(bytes, SiteLogoRules.Png, _uploadedAt);
    }
}

public sealed class SiteLogoStoreOnLiteDbTests() : SiteLogoStoreTests(new LiteStoreHost());

public sealed class SiteLogoStoreOnPostgresTests() : SiteLogoStoreTests(new PostgresStoreHost("SiteLogoStore"));
