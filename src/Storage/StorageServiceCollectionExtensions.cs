using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="LiteFile"/> on <paramref name="path"/> for the whole process, and over it each port's
    /// own store: <see cref="IQueueStore"/>, <see cref="ISurveyStore"/>, <see cref="IDeviceStore"/>,
    /// <see cref="IReportStore"/>, <see cref="IStaffStore"/>, <see cref="ISiteLogoStore"/>, <see cref="IApiClientStore"/>, <see cref="IBackupSource"/>, <see cref="IJournalStore"/>, <see cref="IWebhookStore"/>, <see cref="IComplaintStore"/> and <see cref="INoticeStore"/>, all singletons; the
    /// container disposes the file on shutdown.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, string path)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.AddSingleton(_ => new LiteFile(path));
        services.AddSingleton<IQueueStore, LiteTicketStore>();
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
