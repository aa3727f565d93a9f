using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="LiteQueueStore"/> on <paramref name="path"/> for the whole process,
    /// as itself, as <see cref="IQueueStore"/>, <see cref="ISurveyStore"/>, <see cref="IDeviceStore"/>, <see cref="IReportStore"/>, <see cref="ISiteLogoStore"/> and <see cref="IBackupSource"/>; the container disposes it on shutdown.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, string path)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.AddSingleton(_ => new LiteQueueStore(path));
        services.AddSingleton<IQueueStore>(sp => sp.GetRequiredService<LiteQueueStore>());
        services.AddSingleton<ISurveyStore>(sp => sp.GetRequiredService<LiteQueueStore>());
        services.AddSingleton<IDeviceStore>(sp => sp.GetRequiredService<LiteQueueStore>());
        services.AddSingleton<IReportStore>(sp => sp.GetRequiredService<LiteQueueStore>());
        services.AddSingleton<ISiteLogoStore>(sp => sp.GetRequiredService<LiteQueueStore>());
        services.AddSingleton<IBackupSource>(sp => sp.GetRequiredService<LiteQueueStore>());
        return services;
    }
}
