using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MppQueue.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Every service of the queue core, one of each for the process: the notifier, the engine, the device registry,
    /// the API clients, the Command Center and its settings ("MppQueue:Command", checked at start), the survey, the reports, the
    /// catalog editor and the logo. The stores (Core's ports) come from a storage project; the clock is the system's
    /// unless the host registered another. Without a configuration (component tests) every setting keeps its default.
    /// A service registered before this call (a test's own engine) is kept.
    /// </summary>
    public static IServiceCollection AddQueueCore(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);

        // Counted in memory unless the store counts for every node (PostgreSQL registers its own).
        services.TryAddSingleton<IRateBuckets, MemoryRateBuckets>();
        services.TryAddSingleton<ISignInFailures, MemorySignInFailures>();

        services.TryAddSingleton(provider =>
        {
            var notifier = new QueueNotifier();
            var logger = Logger(provider);
            notifier.HandlerFailed += ex => logger.LogError(ex, "A queue event listener failed.");
            return notifier;
        });
        services.TryAddSingleton(provider =>
        {
            var steps = provider.GetServices<IEngineStartStep>().ToList();
            foreach (var step in steps)
            {
                step.BeforeEngineOpens();
            }

            var engine = new QueueEngine(provider.GetRequiredService<IQueueStore>(), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<QueueNotifier>(), provider.GetService<IMoveScopes>());
            foreach (var step in steps)
            {
                step.AfterEngineOpened(engine);
            }

            return engine;
        });

        services.AddOptions<ScreenRegistryOptions>();
        services.TryAddSingleton(provider => new ScreenRegistry(
            provider.GetRequiredService<IDeviceStore>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<ScreenRegistryOptions>>().Value.StaleAfter));

        var command = services.AddOptions<CommandOptions>();
        if (configuration is not null)
        {
            command.Bind(configuration.GetSection(CommandOptions.Section));
        }

        command
            .InRange(CommandOptions.Section + ":" + nameof(CommandOptions.PausedTooLongMinutes), o => o.PausedTooLongMinutes, 1, 24 * 60)
            .InRange(CommandOptions.Section + ":" + nameof(CommandOptions.IdleWhileWaitingMinutes), o => o.IdleWhileWaitingMinutes, 1, 24 * 60)
            .InRange(CommandOptions.Section + ":" + nameof(CommandOptions.RefreshSeconds), o => o.RefreshSeconds, 2, 600)
            .ValidateOnStart();
        services.TryAddSingleton(provider => new CommandCenter(
            provider.GetRequiredService<QueueEngine>(),
            provider.GetRequiredService<ScreenRegistry>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<CommandOptions>>().Value));

        // Other systems on the integration API (/api/v1): who they are, their scope, their secrets' hashes.
        services.TryAddSingleton(provider => new ApiClientRegistry(
            provider.GetRequiredService<IApiClientStore>(),
            provider.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton<SurveyService>();

        // Reports read rollups of finished days and the engine's today (docs/adr/0011-report-rollups.md).
        services.TryAddSingleton<ReportService>();
        services.TryAddSingleton<StaffReportService>();

        // Configuration of the building: one editor, so that its checks and writes run one at a time.
        services.TryAddSingleton<CatalogEditor>();
        services.TryAddSingleton<SiteLogoService>();

        // The regional view reads no other site unless the host configured some (MppQueue:Region, PostgreSQL only).
        services.TryAddSingleton(provider => new RegionReader([], provider.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(10)));
        return services;
    }

    private static ILogger Logger(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>()?.CreateLogger("MppQueue.Core.QueueNotifier") ?? NullLogger.Instance;
}
