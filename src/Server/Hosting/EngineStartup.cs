using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Server.Auth;

namespace MppQueue.Server.Hosting;

/// <summary>
/// What the host does just before the engine opens on the store (Core's AddQueueCore runs it): the demo
/// MPP into a store that has never been set up, and a loud warning while a demo clock is in force.
/// </summary>
public sealed class EngineStartup(
    IQueueStore store,
    IOptions<MppQueueOptions> options,
    IPasswordHasher<Officer> hasher,
    TimeProvider time,
    ILogger<EngineStartup> logger) : IEngineStartStep
{
    private bool _seeded;

    public void BeforeEngineOpens()
    {
        var settings = options.Value;
        if (settings.SeedDemo && store.LoadCatalog() is null)
        {
            var officers = DemoAccounts.WithPassword(DemoMpp.Officers(), settings.DemoPassword, hasher);
            if (CatalogEditor.SeedIfEmpty(store, DemoMpp.Build(), officers))
            {
                var catalog = store.LoadCatalog()!;
                var today = DateOnly.FromDateTime(SiteClock.ToLocal(time.GetUtcNow(), catalog.Site.TimeZone));
                foreach (var booking in DemoMpp.Bookings(today))
                {
                    store.SaveBooking(booking);
                }

                _seeded = true;

                logger.LogInformation("Empty database: the demo MPP \"{Site}\" and its demo accounts (password in MppQueue:DemoPassword) were added.", DemoMpp.SiteName);
            }
        }

        if (settings.ClockStart is { } start)
        {
            // A demo clock in production would number tickets on the wrong day: say so loudly at every start.
            logger.LogWarning(
                "The demo clock is in force (MppQueue:ClockStart): the clock started at {Start:O} and runs on from there; now it is {Now:O}. Remove the setting for real service.",
                start,
                time.GetUtcNow());
        }
    }

    /// <summary>Right after the demo MPP was seeded, checks in the demo visitors who are already in the building.</summary>
    public void AfterEngineOpened(QueueEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (!_seeded || !options.Value.DemoCheckIns)
        {
            return;
        }

        foreach (var code in DemoMpp.CheckedInAtStart)
        {
            try
            {
                engine.CheckIn(code);
            }
            catch (QueueException refused)
            {
                // Without the demo clock the sessions may not be open now; the booking simply stays to come.
                logger.LogInformation("The demo booking {Code} was not checked in at start: {Reason}", code, refused.Code);
            }
        }
    }
}
