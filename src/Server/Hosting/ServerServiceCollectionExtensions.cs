using MppQueue.Admin;
using MppQueue.Core;
using MppQueue.Counter;
using MppQueue.Display;
using MppQueue.Kiosk;
using MppQueue.Server.Auth;
using MppQueue.Server.Health;
using MppQueue.Server.Hubs;
using MppQueue.Server.Kiosk;
using MppQueue.Storage;
using MppQueue.Ui;

namespace MppQueue.Server.Hosting;

public static class ServerServiceCollectionExtensions
{
    /// <summary>Everything the host runs: storage, engine, notifier, clock, the screens, the hub and its forwarder, health.</summary>
    public static IServiceCollection AddServer(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var options = configuration.GetSection(MppQueueOptions.Section).Get<MppQueueOptions>() ?? new MppQueueOptions();
        services.AddSingleton(options);

        services.AddSingleton(options.ClockStart is { } start ? new ShiftedTimeProvider(start) : TimeProvider.System);
        services.AddLiteDbStorage(DataPath(options.DataPath, environment));
        services.AddSingleton<QueueNotifier>();
        services.AddSingleton(EngineStartup.Open);
        services.AddSingleton<SiteLogoService>();

        services.AddMppAuth(configuration);
        services.AddUi();
        services.AddCounter();
        services.AddAdmin();
        services.AddDisplay(configuration);
        services.AddKioskHost(configuration, options);
        services.AddRazorComponents()
            .AddInteractiveServerComponents(circuit => circuit.DetailedErrors = environment.IsDevelopment());

        services.AddQueueHub();
        services.AddSingleton<QueueHubForwarder>();
        services.AddHostedService(sp => sp.GetRequiredService<QueueHubForwarder>());
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }

    /// <summary>A relative data path lives under the content root, so the file does not move with the working directory.</summary>
    public static string DataPath(string configured, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = new MppQueueOptions().DataPath;
        }

        return configured == LiteQueueStore.InMemory || Path.IsPathRooted(configured)
            ? configured
            : Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured));
    }
}
