using System.Diagnostics;
using System.Globalization;
using MppQueue.Core;
using MppQueue.Storage;

namespace MppQueue.Storage.CrashChild;

/// <summary>
/// Issues KTP-el tickets through the real engine until killed, printing "id number" after each Issue returns.
/// The clock is a Monday morning in WIB, so the demo service is open whatever the time of the test run.
/// </summary>
internal static class EngineLoop
{
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    public static int Run(string dataFile)
    {
        using var store = new LiteQueueStore(dataFile);
        var demo = DemoMpp.Build();
        var roomy = demo.Services["ktp-el"] with { Quota = new DailyQuota(TicketNumber.MaxSequence) };
        CatalogEditor.SeedIfEmpty(store, demo with { Services = demo.Services.SetItem("ktp-el", roomy) });
        var engine = new QueueEngine(store, new RunningClock(MondayMorning), new QueueNotifier());
        while (true)
        {
            var ticket = engine.Issue(new IssueRequest("ktp-el"));
            Console.Out.WriteLine(ticket.Id + " " + ticket.Number.ToString());
        }
    }

    /// <summary>
    /// Books KTP-el places for Tuesday through the real engine until killed, one holder per booking, printing
    /// "code" after each Book returns: every printed code is a booking that must survive.
    /// </summary>
    public static int Book(string dataFile)
    {
        using var store = new LiteQueueStore(dataFile);
        var demo = DemoMpp.Build();
        var session = new BookingSession(new TimeRange(new TimeOnly(8, 0), new TimeOnly(12, 0)), TicketNumber.MaxSequence);
        var roomy = demo.Services["ktp-el"] with
        {
            Quota = new DailyQuota(TicketNumber.MaxSequence),
            Booking = new BookingRules { Open = true, Sessions = [session] },
        };
        CatalogEditor.SeedIfEmpty(store, demo with { Services = demo.Services.SetItem("ktp-el", roomy) });
        var engine = new QueueEngine(store, new RunningClock(MondayMorning), new QueueNotifier());
        var secret = new BookingSecret(new string('c', 40));
        var tuesday = new DateOnly(2026, 11, 24);
        for (var n = 1; ; n++)
        {
            var phone = "0812" + n.ToString("D8", CultureInfo.InvariantCulture);
            var booking = engine.Book(new BookingRequest("ktp-el", tuesday, session.Window.Start, BookingHolder.From(phone, null, secret)));
            Console.Out.WriteLine(booking.Code);
        }
    }

    /// <summary>
    /// The server's side of the webhook crash test: the engine and the webhook delivery on one file (the parent made the
    /// subscription; its receiver answers 503 for now), issuing KTP-el tickets until killed and printing each ticket's id
    /// after Issue returns. Whatever was journalled must be delivered after the restart.
    /// </summary>
    public static int Webhooks(string dataFile)
    {
        using var store = new LiteQueueStore(dataFile);
        var notifier = new QueueNotifier();
        var engine = new QueueEngine(store, new RunningClock(MondayMorning), notifier);
        using var http = new HttpClient();
        using var webhooks = new WebhookService(
            store,
            store,
            http,
            new WebhookOptions { AllowHttp = true, AllowLoopback = true, FirstRetrySeconds = 0.01, MaxRetrySeconds = 0.05, MaxFailures = 1000 },
            TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<WebhookService>.Instance);
        using var moves = notifier.Subscribe(_ => webhooks.JournalGrew());
        _ = webhooks.RunAsync(CancellationToken.None);
        while (true)
        {
            var ticket = engine.Issue(new IssueRequest("ktp-el"));
            Console.Out.WriteLine(ticket.Id);
            Thread.Sleep(5);
        }
    }

    /// <summary>
    /// The server's side of the notices' crash test: the parent issued tickets whose visitors gave a number; this calls and
    /// finishes them one by one at desk 1 with the notices running, but WhatsApp never answers, printing each ticket's id
    /// after its call returns. It is killed between the calls and their notices: each must go out once after the restart.
    /// </summary>
    public static int Notices(string dataFile)
    {
        using var store = new LiteQueueStore(dataFile);
        var notifier = new QueueNotifier();
        var clock = new RunningClock(MondayMorning.AddMinutes(5));
        var engine = new QueueEngine(store, clock, notifier);
        var whatsApp = new RecordingNoticeProvider(NoticeChannel.WhatsApp) { Hang = true };
        using var notices = new NoticeService(
            store,
            store,
            engine,
            [whatsApp],
            new NoticeOptions(),
            clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<NoticeService>.Instance);
        using var moves = notifier.Subscribe(_ => notices.Wake());
        _ = notices.RunAsync(CancellationToken.None);
        engine.SignInToDesk("loket-01", store.LoadOfficers().Single(o => o.Id == "rina"));
        while (true)
        {
            var ticket = engine.CallNext("loket-01", "rina");
            Console.Out.WriteLine(ticket.Id);
            Thread.Sleep(3);
            engine.Finish("loket-01", ticket.Id, "rina");
        }
    }

    /// <summary>A clock that starts at a fixed instant and then runs at real speed.</summary>
    private sealed class RunningClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started);
    }

    public static string Usage => string.Format(CultureInfo.InvariantCulture, "usage: MppQueue.Storage.CrashChild [engine|booking|webhooks|notices] <data file>");
}
