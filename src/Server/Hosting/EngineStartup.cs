using Microsoft.Extensions.Options;
using MppQueue.Core;

namespace MppQueue.Server.Hosting;

/// <summary>
/// What the host does just before the engine opens on the store (Core's AddQueueCore runs it): the demo MPP into a
/// store that has never been set up, when the data file was not already created with it (<see cref="DemoSeeding"/>),
/// and a loud warning while a demo clock is in force; once it has opened, the demo's visitors already in the building.
/// </summary>
public sealed class EngineStartup(
    IQueueStore store,
    IHistoryStore history,
    DemoSeeding seeding,
    IOptions<MppQueueOptions> options,
    TimeProvider time,
    ILogger<EngineStartup> logger) : IEngineStartStep
{
    public void BeforeEngineOpens()
    {
        seeding.Seed(store, history);
        if (options.Value.ClockStart is { } start)
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
        if (!seeding.SeededNow || !options.Value.DemoCheckIns)
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
