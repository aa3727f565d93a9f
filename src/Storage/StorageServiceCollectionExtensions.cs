using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="LiteFile"/> on <paramref name="path"/> for the whole process, and over it each port's
    /// own store: <see cref="IQueueStore"/>, <see cref="ISurveyStore"/>, <see cref="IDeviceStore"/>,
    /// <see cref="IReportStore"/>, <see cref="IStaffStore"/>, <see cref="ISiteLogoStore"/>, <see cref="IApiClientStore"/>, <see cref="IBackupSource"/>, <see cref="IJournalStore"/>, <see cref="IWebhookStore"/>, <see cref="IComplaintStore"/>, <see cref="INoticeStore"/> and <see cref="IHistoryStore"/> (which writes a history into several of those collections at once), all singletons; the
    /// container disposes the file on shutdown.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="path">The data file, or <see cref="LiteQueueStore.InMemory"/>.</param>
    /// <param name="createNew">
    /// What a new data file starts with (the demo MPP): when the file does not exist yet, it is built in memory and written
    /// at once before it is opened (<see cref="LiteQueueStore.CreateIfMissing"/>); returns false when it has nothing to write.
    /// </param>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, string path, Func<IServiceProvider, LiteQueueStore, bool>? createNew = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.AddSingleton(provider =>
        {
            if (createNew is not null)
            {
                LiteQueueStore.CreateIfMissing(path, store => createNew(provider, store));
            }

            return new LiteFile(path);
        });
        services.AddSingleton<LiteTicketStore>();
        services.AddSingleton<IQueueStore>(sp => sp.GetRequiredService<LiteTicketStore>());
        services.AddSingleton<IHistoryStore>(sp => new LiteHistoryStore(sp.GetRequiredService<LiteFile>(), sp.GetRequiredService<LiteTicketStore>()));
        services.AddSingleton<ISurveyStore, LiteSurveyStore>();
        services.AddSingleton<IDeviceStore, LiteDeviceStore>();
        services.AddSingleton<IReportStore, LiteReportStore>();
        services.AddSingleton<IStaffStore, LiteStaffStore>();
        services.AddSingleton<ISiteLogoStore, LiteSiteLogoStore>();
        services.AddSingleton<IApiClientStore, LiteApiClientStore>();
        services.AddSingleton<IBackupSource, LiteBackupSource>();
        services.AddSingleton<IJournalStore, LiteJournalStore>();
        services.AddSingleton<IWebhookStore, LiteWebhookStore>();
        services.AddSingleton<IComplaintStore, LiteComplaintStore>();
        services.AddSingleton<INoticeStore, LiteNoticeStore>();
        return services;
    }
}
