using System.Collections.Concurrent;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>The last places of a session, fought over by many people at once, on a real LiteDB file.</summary>
public sealed class BookingRaceTests : IDisposable
{
    private const int Places = 20;
    private const int LastPlaces = 5;
    private const int Attempts = 500;

    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private static readonly TimeOnly Nine = new(9, 0);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task FiveHundredAttemptsForTheLastFivePlaces_GetExactlyFiveBookings_TheRestAClearRefusal()
    {
        var dataFile = _folder.File("race.db");
        var secret = new BookingSecret(new string('r', 40));
        using (var store = new LiteQueueStore(dataFile))
        {
            var demo = DemoMpp.Build();
            var ktp = demo.Services["ktp-el"] with
            {
                Booking = new BookingRules { Open = true, Sessions = [new BookingSession(new TimeRange(Nine, new TimeOnly(10, 0)), Places)] },
            };
            CatalogEditor.SeedIfEmpty(store, demo with { Services = demo.Services.SetItem("ktp-el", ktp) });
            var engine = new QueueEngine(store, new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7))), new QueueNotifier());
            for (var i = 0; i < Places - LastPlaces; i++)
            {
                engine.Book(Request(secret, 90_000 + i));
            }

            var booked = new ConcurrentBag<Booking>();
            var refusals = new ConcurrentBag<QueueErrorCode>();
            using var start = new Barrier(8);
            await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
            {
                start.SignalAndWait();
                for (var n = worker; n < Attempts; n += 8)
                {
                    try
                    {
                        booked.Add(engine.Book(Request(secret, n)));
                    }
                    catch (QueueException refused)
                    {
                        refusals.Add(refused.Code);
                    }
                }
            })));

            Assert.Equal(LastPlaces, booked.Count);
            Assert.Equal(Attempts - LastPlaces, refusals.Count);
            Assert.All(refusals, code => Assert.Equal(QueueErrorCode.BookingFull, code));
            Assert.Equal(0, engine.OfferFor("ktp-el", Tuesday).Sessions.Single().Left);
        }

        using var reopened = new LiteQueueStore(dataFile);
        Assert.Equal(Places, reopened.LoadBookings(Tuesday).Count(b => b.HoldsPlace));
    }

    private static BookingRequest Request(BookingSecret secret, int person) =>
        new("ktp-el", Tuesday, Nine, BookingHolder.From("0812" + person.ToString("D8", System.Globalization.CultureInfo.InvariantCulture), null, secret));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
