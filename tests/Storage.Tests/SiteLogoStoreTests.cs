using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>The logo lives in the data file: it round-trips, survives a restart, is in the data file when a write returns, and goes into a backup.</summary>
public sealed class SiteLogoStoreTests : IDisposable
{
    private static readonly DateTimeOffset _uploadedAt = new(2026, 11, 23, 2, 15, 30, 123, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/queue.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LoadLogo_NothingUploaded_IsNull()
    {
        using var store = new LiteQueueStore(LiteQueueStore.InMemory);

        Assert.Null(store.LoadLogo());
        Assert.False(store.RemoveLogo());
    }

    [Fact]
    public void SaveLogo_ThenLoad_GivesBackEveryByteTypeVersionAndInstant()
    {
        using var store = new LiteQueueStore(LiteQueueStore.InMemory);
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
        using var store = new LiteQueueStore(LiteQueueStore.InMemory);

        store.SaveLogo(Logo(100, seed: 1));
        store.SaveLogo(Logo(200, seed: 2));

        Assert.Equal(200, store.LoadLogo()!.Size);
    }

    [Fact]
    public void SaveLogo_AfterReopen_IsStillThere()
    {
        var logo = Logo(SiteLogoRules.MaxBytes, seed: 3);
        using (var store = new LiteQueueStore(DataFile))
        {
            store.SaveLogo(logo);
        }

        using var reopened = new LiteQueueStore(DataFile);

        Assert.Equal(logo.Content.ToArray(), reopened.LoadLogo()!.Content.ToArray());
        Assert.Equal(logo.Version, reopened.LoadLogo()!.Version);
    }

    [Fact]
    public void RemoveLogo_AfterReopen_StaysRemoved()
    {
        using (var store = new LiteQueueStore(DataFile))
        {
            store.SaveLogo(Logo(100, seed: 4));
            Assert.True(store.RemoveLogo());
        }

        using var reopened = new LiteQueueStore(DataFile);

        Assert.Null(reopened.LoadLogo());
    }

    [Fact]
    public void SaveLogo_Returned_DataFileAloneAlreadyHoldsIt()
    {
        var copy = _folder.File("copy.db");
        var logo = Logo(50_000, seed: 5);
        using (var store = new LiteQueueStore(DataFile))
        {
            store.SaveLogo(logo);
            File.Copy(DataFile, copy);
        }

        using var fromDataFile = new LiteQueueStore(copy);

        Assert.Equal(logo.Version, fromDataFile.LoadLogo()?.Version);
    }

    [Fact]
    public void WriteCopy_WithLogo_TheBackupCarriesTheLogo()
    {
        var backup = _folder.File("backup.db");
        var logo = Logo(10_000, seed: 6);
        using (var store = new LiteQueueStore(DataFile))
        {
            store.SaveLogo(logo);
            store.WriteCopy(backup);
        }

        using var restored = new LiteQueueStore(backup);

        Assert.Equal(logo.Content.ToArray(), restored.LoadLogo()!.Content.ToArray());
    }

    [Fact]
    public void AddLiteDbStorage_LogoSaved_TheBackupSourceCopiesIt()
    {
        var logo = Logo(2048, seed: 9);
        var backup = _folder.File("backup.db");
        using (var provider = new ServiceCollection().AddLiteDbStorage(DataFile).BuildServiceProvider())
        {
            var logos = provider.GetRequiredService<ISiteLogoStore>();
            Assert.IsType<LiteSiteLogoStore>(logos);
            logos.SaveLogo(logo);
            provider.GetRequiredService<IBackupSource>().WriteCopy(backup);
        }

        using var restored = new LiteQueueStore(backup);

        Assert.Equal(logo.Content.ToArray(), restored.LoadLogo()!.Content.ToArray());
    }

    private static SiteLogo Logo(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return SiteLogo.Create(bytes, SiteLogoRules.Png, _uploadedAt);
    }
}
