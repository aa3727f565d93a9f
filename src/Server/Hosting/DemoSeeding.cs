using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Server.Auth;

namespace MppQueue.Server.Hosting;

/// <summary>
/// The demo MPP, its accounts, its demo day's bookings and (<see cref="MppQueueOptions.DemoHistory"/>) its four weeks of
/// history, put into a store that has never been set up: a new data file, built in memory and written at once before
/// it is opened (<see cref="MppQueue.Storage.LiteQueueStore.CreateIfMissing"/>), or else the open store just before the
/// engine opens (<see cref="EngineStartup"/>). A store that has a site never gets any of it.
/// </summary>
public sealed class DemoSeeding(
    IOptions<MppQueueOptions> options,
    IPasswordHasher<Officer> hasher,
    TimeProvider time,
    ILogger<DemoSeeding> logger)
{
    /// <summary>Whether the demo MPP was seeded in this process (its visitors already in the building are then checked in).</summary>
    public bool SeededNow { get; private set; }

    /// <summary>Seeds the demo MPP when the settings ask for it and the store has no site; false when it did nothing.</summary>
    public bool Seed(IQueueStore store, IHistoryStore history)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(history);
        var settings = options.Value;
        if (!settings.SeedDemo || store.LoadCatalog() is not null)
        {
            return false;
        }

        var officers = DemoAccounts.WithPassword(DemoMpp.Officers(), settings.DemoPassword, hasher);
        if (!CatalogEditor.SeedIfEmpty(store, DemoMpp.Build(), officers))
        {
            return false;
        }

        var catalog = store.LoadCatalog()!;
        var today = DateOnly.FromDateTime(SiteClock.ToLocal(time.GetUtcNow(), catalog.Site.TimeZone));
        if (settings.DemoHistory)
        {
            AddHistory(store, history, catalog, today);
        }

        foreach (var booking in DemoMpp.Bookings(today))
        {
            store.SaveBooking(booking);
        }

        SeededNow = true;
        logger.LogInformation("Empty database: the demo MPP \"{Site}\" and its demo accounts (password in MppQueue:DemoPassword) were added.", DemoMpp.SiteName);
        return true;
    }

    /// <summary>The demo's four weeks before today, in one write (docs/demo.md).</summary>
    private void AddHistory(IQueueStore store, IHistoryStore history, SiteCatalog catalog, DateOnly today)
    {
        var watch = Stopwatch.StartNew();
        var batch = DemoHistory.Generate(catalog, store.LoadOfficers(), today, time.GetUtcNow());
        var generated = watch.Elapsed;
        history.ImportHistory(batch);
        logger.LogInformation(
            "Demo history from {First:yyyy-MM-dd} to {Last:yyyy-MM-dd}: {Tickets} tickets, {Sessions} desk session entries and {Responses} survey answers, generated in {Generated:F0} ms and stored in {Stored:F0} ms.",
            batch.FirstDay,
            batch.LastDay,
            batch.Tickets.Count,
            batch.Audit.Count,
            batch.Responses.Count,
            generated.TotalMilliseconds,
            (watch.Elapsed - generated).TotalMilliseconds);
    }
}
