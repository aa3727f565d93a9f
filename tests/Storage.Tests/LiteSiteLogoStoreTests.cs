using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>The logo lives in the data file: it round-trips, survives a restart, is in the data file when a write returns, and goes into a backup.</summary>
public sealed class LiteSiteLogoStoreTests : IDisposable
{
    private static readonly DateTimeOffset _uploadedAt = new(2026, 11, 23, 2, 15, 30, 123, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/queue.db");

    public void Dispose() => _folder.Dispose();

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
