using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public void AddLiteDbStorage_Resolved_EachPortIsItsOwnStoreOnce()
    {
        using var provider = new ServiceCollection().AddLiteDbStorage(LiteQueueStore.InMemory).BuildServiceProvider();

        Assert.IsType<LiteTicketStore>(provider.GetRequiredService<IQueueStore>());
        Assert.IsType<LiteSurveyStore>(provider.GetRequiredService<ISurveyStore>());
        Assert.IsType<LiteDeviceStore>(provider.GetRequiredService<IDeviceStore>());
        Assert.IsType<LiteReportStore>(provider.GetRequiredService<IReportStore>());
        Assert.IsType<LiteStaffStore>(provider.GetRequiredService<IStaffStore>());
        Assert.IsType<LiteSiteLogoStore>(provider.GetRequiredService<ISiteLogoStore>());
        Assert.IsType<LiteBackupSource>(provider.GetRequiredService<IBackupSource>());
        Assert.Same(provider.GetRequiredService<IQueueStore>(), provider.GetRequiredService<IQueueStore>());
        Assert.Same(provider.GetRequiredService<LiteFile>(), provider.GetRequiredService<LiteFile>());
    }

    [Fact]
    public void AddLiteDbStorage_FileDisposed_EveryPortIsRefused()
    {
        using var provider = new ServiceCollection().AddLiteDbStorage(LiteQueueStore.InMemory).BuildServiceProvider();
        var queue = provider.GetRequiredService<IQueueStore>();
        var surveys = provider.GetRequiredService<ISurveyStore>();
        var devices = provider.GetRequiredService<IDeviceStore>();
        var reports = provider.GetRequiredService<IReportStore>();
        var logos = provider.GetRequiredService<ISiteLogoStore>();

        provider.GetRequiredService<LiteFile>().Dispose();

        Assert.Throws<ObjectDisposedException>(() => queue.LastSequence());
        Assert.Throws<ObjectDisposedException>(() => surveys.HasResponse("t-1"));
        Assert.Throws<ObjectDisposedException>(() => devices.LoadScreens());
        Assert.Throws<ObjectDisposedException>(() => reports.LoadRollups(TestData.Day, TestData.Day));
        Assert.Throws<ObjectDisposedException>(() => logos.LoadLogo());
    }

    [Fact]
    public void AddLiteDbStorage_ProviderDisposed_DisposesTheFile()
    {
        IQueueStore store;
        using (var provider = new ServiceCollection().AddLiteDbStorage(LiteQueueStore.InMemory).BuildServiceProvider())
        {
            store = provider.GetRequiredService<IQueueStore>();
        }

        Assert.Throws<ObjectDisposedException>(() => store.LastSequence());
    }
}
