using Microsoft.AspNetCore.Identity;
using MppQueue.Core;
using MppQueue.Server.Auth;

namespace MppQueue.Server.Hosting;

/// <summary>Opens the engine on the store, after putting the demo MPP into a store that has never been set up.</summary>
public static class EngineStartup
{
    public static QueueEngine Open(IServiceProvider services)
    {
        var store = services.GetRequiredService<IQueueStore>();
        var options = services.GetRequiredService<MppQueueOptions>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EngineStartup));
        if (options.SeedDemo && store.LoadCatalog() is null)
        {
            var officers = DemoAccounts.WithPassword(DemoMpp.Officers(), options.DemoPassword, services.GetRequiredService<IPasswordHasher<Officer>>());
            if (CatalogEditor.SeedIfEmpty(store, DemoMpp.Build(), officers))
            {
                logger.LogInformation("Empty database: the demo MPP \"{Site}\" and its demo accounts (password in MppQueue:DemoPassword) were added.", DemoMpp.SiteName);
            }
        }

        var notifier = services.GetRequiredService<QueueNotifier>();
        notifier.HandlerFailed += ex => logger.LogError(ex, "A queue event listener failed.");
        return new QueueEngine(store, services.GetRequiredService<TimeProvider>(), notifier);
    }
}
