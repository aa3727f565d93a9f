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

        if (options.ClockStart is { } start)
        {
            // A demo clock in production would number tickets on the wrong day: say so loudly at every start.
            logger.LogWarning(
                "The demo clock is in force (MppQueue:ClockStart): the clock started at {Start:O} and runs on from there; now it is {Now:O}. Remove the setting for real service.",
                start,
                services.GetRequiredService<TimeProvider>().GetUtcNow());
        }

        var notifier = services.GetRequiredService<QueueNotifier>();
        notifier.HandlerFailed += ex => logger.LogError(ex, "A queue event listener failed.");
        return new QueueEngine(store, services.GetRequiredService<TimeProvider>(), notifier);
    }
}
