using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.Server.Hosting;
using MppQueue.Server.Tests.Support;
using MppQueue.Storage;

namespace MppQueue.Server.Tests;

/// <summary>
/// The booking sweep on a running server: it deletes the holders' personal fields once their day is
/// <see cref="BookingOptions.KeepPersonalDays"/> behind, also when that day comes while it runs (it erases once per day,
/// not on every beat, so the day moving on must start the next erase).
/// </summary>
public sealed class BookingHousekeepingTests : IDisposable
{
    private readonly string _path = MppQueueFactory.NewDataPath();

    public void Dispose() => MppQueueFactory.DeleteData(_path);

    [Fact]
    public async Task Sweep_DeletesTheHoldersWhenTheirDayFallsBehind_WhileItRuns()
    {
        using var store = new LiteQueueStore(_path);
        var catalog = DemoMpp.Build();
        CatalogEditor.SeedIfEmpty(store, catalog, DemoMpp.Officers());
        var time = new FakeTimeProvider(SiteClock.ToInstant(new DateOnly(2026, 11, 23), new TimeOnly(8, 0), catalog.Site.TimeZone));
        var engine = new QueueEngine(store, time, new QueueNotifier());
        var secret = new BookingSecret(new string('t', 40));
        var booking = engine.Book(new BookingRequest("ktp-el", engine.Today.AddDays(1), new TimeOnly(9, 0), BookingHolder.From("0812-3456-7890", "3201234567890123", secret)));
        var options = Options.Create(new BookingOptions { KeepPersonalDays = 30, SweepSeconds = 60 });
        using var sweep = new BookingHousekeeping(engine, time, options, NullLogger<BookingHousekeeping>.Instance);

        await sweep.StartAsync(CancellationToken.None);
        try
        {
            // The first sweep, at the start: the booking's day is ahead, nothing to delete.
            await Task.Delay(200);
            Assert.NotNull(store.FindBooking(booking.Code)!.Phone);

            // Thirty days after the booking's day the holder is kept; the day after, the next beat deletes them.
            time.Advance(TimeSpan.FromDays(31));
            await Task.Delay(200);
            Assert.NotNull(store.FindBooking(booking.Code)!.Phone);
            time.Advance(TimeSpan.FromDays(1));
            Assert.True(await Until.TrueAsync(() => store.FindBooking(booking.Code)!.ErasedAt is not null), "The sweep did not delete the holder's fields.");

            var stored = store.FindBooking(booking.Code)!;
            Assert.Equal((null, null, null), (stored.Phone, stored.NikHash, stored.NikLast4));
            Assert.Equal(booking.Window, stored.Window);
        }
        finally
        {
            await sweep.StopAsync(CancellationToken.None);
        }
    }
}
