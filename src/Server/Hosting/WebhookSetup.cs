using Microsoft.Extensions.Options;
using MppQueue.Core;

namespace MppQueue.Server.Hosting;

/// <summary>The "MppQueue:Webhooks" section and the service that delivers the journal to webhook subscriptions (docs/api.md).</summary>
public static class WebhookSetup
{
    public const string Section = "MppQueue:Webhooks";

    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(Section))
            .InRange(Section + ":" + nameof(WebhookOptions.MaxFailures), o => o.MaxFailures, 1, 1000)
            .InRange(Section + ":" + nameof(WebhookOptions.KeepJournalDays), o => o.KeepJournalDays, 1, 3650)
            .Check(o => o.FirstRetrySeconds is < 0.01 or > 3600 ? Section + ":FirstRetrySeconds must be from 0.01 to 3600." : null)
            .Check(o => o.MaxRetrySeconds < o.FirstRetrySeconds || o.MaxRetrySeconds > 86_400 ? Section + ":MaxRetrySeconds must be from FirstRetrySeconds to 86400." : null)
            .Check(o => o.TimeoutSeconds is < 0.1 or > 120 ? Section + ":TimeoutSeconds must be from 0.1 to 120." : null)
            .Check(o => o.CursorSaveSeconds is < 0 or > 60 ? Section + ":CursorSaveSeconds must be from 0 to 60." : null)
            .ValidateOnStart();
        services.AddSingleton(provider => new WebhookService(
            provider.GetRequiredService<IWebhookStore>(),
            provider.GetRequiredService<IJournalStore>(),

            // One client for every endpoint: redirects are not followed (a receiver cannot send the server elsewhere).
            new HttpClient(new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(5),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            },
            provider.GetRequiredService<IOptions<WebhookOptions>>().Value,

            // The machine's own clock even under a demo clock: a receiver checks the signed timestamp against its clock.
            TimeProvider.System,
            provider.GetRequiredService<ILogger<WebhookService>>(),

            // Several nodes: a change made on one is read again by the others (the leader delivers it).
            provider.GetService<ISharedChanges>()));
        // Once per site: on the node holding the leader lease (every node, on one process).
        services.AddHostedService<LeaderOnly<WebhookDelivery>>();
        return services;
    }
}

/// <summary>
/// Runs the webhook loops while the server runs, wakes them on every move (a ticket's or desk's event, a booking change),
/// and trims the journal once an hour: entries older than <see cref="WebhookOptions.KeepJournalDays"/> that every
/// subscription and the notices have handled.
/// </summary>
public sealed class WebhookDelivery(
    WebhookService webhooks,
    NoticeService notices,
    QueueEngine engine,
    QueueNotifier notifier,
    IJournalStore journal,
    TimeProvider time,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDelivery> logger) : BackgroundService
{
    private static readonly TimeSpan TrimEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        void Grew(BookingBoard board) => webhooks.JournalGrew();
        using var moves = notifier.Subscribe(_ => webhooks.JournalGrew());
        engine.BookingsChanged += Grew;
        try
        {
            var running = webhooks.RunAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                Trim();
                try
                {
                    await Task.Delay(TrimEvery, time, stoppingToken);
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

    private void Trim()
    {
        try
        {
            var removed = journal.PruneJournal(Math.Min(webhooks.LowestCursor(), notices.Cursor), time.GetUtcNow().AddDays(-options.Value.KeepJournalDays));
            if (removed > 0)
            {
                logger.LogInformation("Removed {Count} journal entries that every webhook has handled.", removed);
            }
        }
#pragma warning disable CA1031 // A failed trim is tried again in an hour; delivery goes on.
        catch (Exception error)
#pragma warning restore CA1031
        {
            logger.LogWarning(error, "The journal could not be trimmed.");
        }
    }
}
