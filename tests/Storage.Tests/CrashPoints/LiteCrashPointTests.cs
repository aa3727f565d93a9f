using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;

namespace MppQueue.Storage.Tests.CrashPoints;

/// <summary>
/// The LiteDB store killed at every point, not at a random one: the engine issues tickets while webhook attempts are
/// written and trimmed beside them (as the delivery loop does beside the moves), every write either LiteDB file
/// receives is recorded, and the files as a kill after each write (or in the middle of it) would leave them are opened
/// again. Whatever a caller was told is done must be there: an issued ticket and its journal entry, a call, a finish,
/// a booking.
/// Each crash point costs an opening of the store (about 13 ms here), so CI tries a short run;
/// <c>MPPQUEUE_CRASH_POINT_TICKETS</c> sets a longer one (300 tickets: about 18,000 points).
/// </summary>
public sealed class LiteCrashPointTests
{
    private static readonly DateTimeOffset _mondayMorning = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    private const string Issued = "issued:";
    private const string Called = "called:";
    private const string Finished = "finished:";
    private const string Booked = "booked:";

    private static int Tickets =>
        int.TryParse(Environment.GetEnvironmentVariable("MPPQUEUE_CRASH_POINT_TICKETS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 6;

    [Fact]
    public void IssueThenAttempts_KilledAfterAnyWrite_KeepsEveryReturnedTicketAndItsJournalEntry()
    {
        var disk = new RecordingDisk();
        var from = Run(disk, (store, webhook, i, at) => store.AppendWebhookAttempts([(webhook.Id, Refused(i, at))], kept: 3));

        AssertEveryPointKeepsWhatWasPromised(disk, from);
    }

    [Fact]
    public void IssueWhileAnotherThreadWritesAttempts_KilledAfterAnyWrite_KeepsEveryReturnedTicketAndItsJournalEntry()
    {
        var disk = new RecordingDisk();
        var written = 0;
        var from = Run(
            disk,
            (_, _, i, _) =>
            {
                // Each ticket waits until the other thread has written once more since the last, so that the two run
                // side by side whatever else the machine is doing.
                Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref written) > i, TimeSpan.FromSeconds(30)), "The other thread stopped writing.");
            },
            (store, webhook) => new Alongside(stop =>
            {
                // The delivery loop's thread: a refused attempt and the subscription's failures, written as fast as it can.
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    store.AppendWebhookAttempts([(webhook.Id, Refused(n, _mondayMorning))], kept: 3);
                    store.SaveWebhooks([webhook with { Failures = n + 1 }]);
                    Volatile.Write(ref written, n + 1);
                    Thread.Sleep(1);
                }
            }));

        Assert.True(written >= Tickets, $"The other thread wrote {written} times beside {Tickets} tickets.");
        AssertEveryPointKeepsWhatWasPromised(disk, from);
    }

    [Fact]
    public void CallsFinishesAndBookings_KilledAfterAnyWrite_KeepEveryReturnedMove()
    {
        var disk = new RecordingDisk();
        int from;
        using (var store = LiteQueueStore.OnStreams(disk.DataStream, disk.LogStream))
        {
            var demo = DemoMpp.Build();
            var session = new BookingSession(new TimeRange(new TimeOnly(8, 0), new TimeOnly(12, 0)), 999);
            var ktp = demo.Services["ktp-el"] with { Quota = new DailyQuota(999), Booking = new BookingRules { Open = true, Sessions = [session] } };
            CatalogEditor.SeedIfEmpty(store, demo with { Services = demo.Services.SetItem("ktp-el", ktp) });
            store.SaveOfficer(new Officer { Id = "rina", UserName = "rina", DisplayName = "Rina", Role = OfficerRole.Officer, AgencyId = "disdukcapil" });
            var time = new FakeTimeProvider(_mondayMorning);
            var engine = new QueueEngine(store, time, new QueueNotifier());
            var waiting = Enumerable.Range(0, Tickets).Select(_ => engine.Issue(new IssueRequest("ktp-el"))).ToList();
            engine.SignInToDesk("loket-01", store.LoadOfficers().Single(o => o.Id == "rina"));
            var secret = new BookingSecret(new string('c', 40));
            from = disk.Count;
            for (var i = 0; i < Tickets; i++)
            {
                time.Advance(TimeSpan.FromSeconds(30));
                var called = engine.CallNext("loket-01", "rina");
                disk.Mark(Called + called.Id);
                var booking = engine.Book(new BookingRequest("ktp-el", new DateOnly(2026, 11, 24), session.Window.Start, BookingHolder.From("0812" + i.ToString("D8", CultureInfo.InvariantCulture), null, secret)));
                disk.Mark(Booked + booking.Code);
                time.Advance(TimeSpan.FromMinutes(2));
                engine.Finish("loket-01", called.Id, "rina");
                disk.Mark(Finished + called.Id);
            }

            Assert.Equal(Tickets, waiting.Count);
        }

        AssertEveryPointKeepsWhatWasPromised(disk, from);
    }

    /// <summary>Seeds the store, then issues <see cref="Tickets"/> tickets, marking each once Issue has returned; returns where the issuing began.</summary>
    private static int Run(
        RecordingDisk disk,
        Action<LiteQueueStore, WebhookSubscription, int, DateTimeOffset> besideEachTicket,
        Func<LiteQueueStore, WebhookSubscription, IDisposable>? alongside = null)
    {
        using var store = LiteQueueStore.OnStreams(disk.DataStream, disk.LogStream);
        var demo = DemoMpp.Build();
        CatalogEditor.SeedIfEmpty(store, demo with { Services = demo.Services.SetItem("ktp-el", demo.Services["ktp-el"] with { Quota = new DailyQuota(999) }) });
        var webhook = Subscription();
        store.SaveWebhook(webhook);
        var time = new FakeTimeProvider(_mondayMorning);
        var engine = new QueueEngine(store, time, new QueueNotifier());
        var from = disk.Count;
        using (alongside?.Invoke(store, webhook))
        {
            for (var i = 0; i < Tickets; i++)
            {
                time.Advance(TimeSpan.FromSeconds(20));
                var ticket = engine.Issue(new IssueRequest("ktp-el"));
                disk.Mark(Issued + ticket.Id);
                besideEachTicket(store, webhook, i, time.GetUtcNow());
            }
        }

        return from;
    }

    private static void AssertEveryPointKeepsWhatWasPromised(RecordingDisk disk, int from)
    {
        var points = 0;
        var promised = 0;
        foreach (var point in disk.Replay(from))
        {
            AssertKept(point);
            points++;
            promised = point.Promised.Count;
        }

        Assert.True(points > Tickets * 3 && promised >= Tickets - 1, $"Only {points} crash points were tried, {promised} tickets promised: the recording missed the writes.");
    }

    private static void AssertKept(CrashPoint point)
    {
        LiteQueueStore store;
        try
        {
            store = LiteQueueStore.OnStreams(point.Files[RecordingDisk.Data], point.Files[RecordingDisk.Log]);
        }
        catch (Exception e) when (e is LiteDB.LiteException or IOException or InvalidOperationException)
        {
            Assert.Fail($"{Where(point)}: the files do not open again: {e.Message}");
            return;
        }

        using (store)
        {
            var journalled = store.ReadJournal(0, 100_000)
                .Where(e => e.Type == JournalEventType.TicketIssued)
                .Select(e => e.TicketId)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var promise in point.Promised)
            {
                var id = promise[(promise.IndexOf(':', StringComparison.Ordinal) + 1)..];
                switch (promise[..(promise.IndexOf(':', StringComparison.Ordinal) + 1)])
                {
                    case Issued:
                        Assert.True(store.FindTicket(id) is not null, $"{Where(point)}: ticket {id} was returned, and is gone.");
                        Assert.True(journalled.Contains(id), $"{Where(point)}: ticket {id} was returned, and its journal entry is gone.");
                        break;
                    case Called:
                        Assert.True(store.FindTicket(id)?.Status is TicketStatus.Called or TicketStatus.Serving or TicketStatus.Done, $"{Where(point)}: the call of {id} was returned, and the ticket is {store.FindTicket(id)?.Status.ToString() ?? "gone"}.");
                        break;
                    case Finished:
                        Assert.True(store.FindTicket(id)?.Status == TicketStatus.Done, $"{Where(point)}: the finish of {id} was returned, and the ticket is {store.FindTicket(id)?.Status.ToString() ?? "gone"}.");
                        break;
                    default:
                        Assert.True(store.FindBooking(id)?.State == BookingState.Booked, $"{Where(point)}: booking {id} was returned, and is {store.FindBooking(id)?.State.ToString() ?? "gone"}.");
                        break;
                }
            }
        }
    }

    private static string Where(CrashPoint point) =>
        string.Create(CultureInfo.InvariantCulture, $"Killed {(point.Torn ? "in the middle of" : "after")} write {point.Change} ({point.Promised.Count} moves returned before)");

    private static WebhookSubscription Subscription() => new()
    {
        Id = "wh-crash",
        Name = "Sistem antrean nasional",
        Url = new Uri("https://antrean.example.go.id/hook"),
        Secret = "whsec_" + Convert.ToBase64String(new byte[32]),
        Types = [JournalEventType.TicketIssued],
        CreatedAt = _mondayMorning,
    };

    private static WebhookAttempt Refused(int i, DateTimeOffset at) =>
        new("evt-" + i.ToString(CultureInfo.InvariantCulture), i + 1, i + 1, JournalEventType.TicketIssued, at, 503, "503 Service Unavailable", TimeSpan.FromMilliseconds(4));

    /// <summary>Work on another thread until disposed; disposing waits for it (and rethrows what it threw).</summary>
    private sealed class Alongside : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _work;

        public Alongside(Action<CancellationToken> work) =>
            _work = Task.Factory.StartNew(() => work(_stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        public void Dispose()
        {
            _stop.Cancel();
            _work.GetAwaiter().GetResult();
            _stop.Dispose();
        }
    }
}
