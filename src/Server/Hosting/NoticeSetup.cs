using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Server.Notices;

namespace MppQueue.Server.Hosting;

/// <summary>
/// The "MppQueue:Notices" section, the providers of each channel, and the service that decides and sends notices to
/// visitors (docs/notifications.md).
/// </summary>
public static class NoticeSetup
{
    public static IServiceCollection AddNotices(this IServiceCollection services, IConfiguration configuration)
    {
        const string section = NoticeOptions.Section;
        services.AddOptions<NoticeOptions>()
            .Bind(configuration.GetSection(section))
            .PostConfigure(o => o.PublicBaseUrl ??= configuration.GetValue<Uri?>(MppQueueOptions.Section + ":" + nameof(MppQueueOptions.PublicBaseUrl)))
            .InRange(section + ":" + nameof(NoticeOptions.MaxFailuresPerChannel), o => o.MaxFailuresPerChannel, 1, 100)
            .InRange(section + ":" + nameof(NoticeOptions.ReminderHour), o => o.ReminderHour, 0, 23)
            .InRange(section + ":" + nameof(NoticeOptions.GiveUpAfterMinutes), o => o.GiveUpAfterMinutes, 1, 24 * 60)
            .Check(o => o.FirstRetrySeconds is < 0.01 or > 3600 ? section + ":FirstRetrySeconds must be from 0.01 to 3600." : null)
            .Check(o => o.MaxRetrySeconds < o.FirstRetrySeconds || o.MaxRetrySeconds > 86_400 ? section + ":MaxRetrySeconds must be from FirstRetrySeconds to 86400." : null)
            .Check(o => o.TimeoutSeconds is < 0.1 or > 120 ? section + ":TimeoutSeconds must be from 0.1 to 120." : null)
            .WebAddress(section + ":" + nameof(NoticeOptions.PublicBaseUrl), o => o.PublicBaseUrl)
            .ValidateOnStart();
        services.AddWebPushNotices(configuration);
        services.AddMessagingNotices(configuration);
        services.AddSingleton(provider => new NoticeService(
            provider.GetRequiredService<INoticeStore>(),
            provider.GetRequiredService<IJournalStore>(),
            provider.GetRequiredService<QueueEngine>(),
            provider.GetServices<INoticeProvider>(),
            provider.GetRequiredService<IOptions<NoticeOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<NoticeService>>()));
        services.AddSingleton<INoticeSubscriptions>(provider => provider.GetRequiredService<NoticeService>());
        services.AddSingleton<INoticeReports>(provider => provider.GetRequiredService<NoticeService>());
        // Once per site: on the node holding the leader lease (every node, on one process).
        services.AddHostedService<LeaderOnly<NoticeDelivery>>();
        return services;
    }
}

/// <summary>
/// Runs the notices' loop while the server runs, wakes it on every move and booking change, and deletes the contacts
/// whose day is over at start and then every hour.
/// </summary>
public sealed class NoticeDelivery(NoticeService notices, QueueEngine engine, QueueNotifier notifier, TimeProvider time, ILogger<NoticeDelivery> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        void Grew(BookingBoard board) => notices.Wake();
        using var moves = notifier.Subscribe(_ => notices.Wake());
        engine.BookingsChanged += Grew;
        try
        {
            var running = notices.RunAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                Purge();
                try
                {
                    await Task.Delay(PurgeEvery, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            await running;
        }
        finally
        {
            engine.BookingsChanged -= Grew;
        }
    }

    private void Purge()
    {
        try
        {
            var removed = notices.PurgeContacts();
            if (removed > 0)
            {
                logger.LogInformation("Deleted {Count} visitors' notice contacts whose day is over.", removed);
            }
        }
#pragma warning disable CA1031 // A failed purge is tried again in an hour.
        catch (Exception error)
#pragma warning restore CA1031
        {
            logger.LogWarning(error, "Notice contacts could not be purged.");
        }
    }
}
