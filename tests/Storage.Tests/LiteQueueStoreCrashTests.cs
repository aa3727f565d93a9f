using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>
/// A child process inserts tickets and prints each id once InsertTicket has returned; the test
/// SIGKILLs it mid-loop. Every printed ticket must be in the file afterwards.
/// </summary>
public sealed class LiteQueueStoreCrashTests : IDisposable
{
    private const int KillAfter = 300;

    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(30);

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("crash.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task InsertTicket_ProcessKilledMidLoop_EveryPrintedTicketSurvives()
    {
        var printed = await RunAndKillAsync(Parse);

        using var store = new LiteQueueStore(DataFile);

        Assert.All(printed, p => Assert.Equal(p.Sequence, store.FindTicket(p.Id)?.Number.Sequence));
        Assert.True(
            store.LastNumber(TestData.Day, "A") >= printed.Max(p => p.Sequence),
            $"LastNumber {store.LastNumber(TestData.Day, "A")} is below the highest printed {printed.Max(p => p.Sequence)}");
    }

    [Fact]
    public async Task Issue_EngineProcessKilledMidRun_EveryIssuedTicketSurvivesAndNumberingContinues()
    {
        var printed = await RunAndKillAsync(line => line.Trim().Split(' ') is [var id, var number] ? (id, number) : throw new FormatException(line), "engine");

        using var store = new LiteQueueStore(DataFile);
        var engine = new QueueEngine(store, new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(7))), new QueueNotifier());
        var next = engine.Issue(new IssueRequest("ktp-el"));

        Assert.All(printed, p => Assert.Equal(p.Item2, store.FindTicket(p.Item1)?.Number.ToString()));
        var highest = printed.Max(p => int.Parse(p.Item2[1..], CultureInfo.InvariantCulture));
        Assert.True(next.Number.Sequence > highest, $"next {next.Number} does not follow the highest issued A{highest:D3}");
        var numbers = engine.TicketsToday().Select(t => t.Number.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public async Task Book_EngineProcessKilledMidRun_EveryReturnedBookingSurvivesAndHoldsItsPlace()
    {
        var printed = await RunAndKillAsync(line => line.Trim(), "booking");

        using var store = new LiteQueueStore(DataFile);
        var engine = new QueueEngine(store, new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(7))), new QueueNotifier());
        var tuesday = new DateOnly(2026, 11, 24);

        Assert.All(printed, code => Assert.Equal(BookingState.Booked, store.FindBooking(code)?.State));
        var stored = store.LoadBookings(tuesday).Count;
        Assert.True(stored >= printed.Count, $"{stored} bookings stored, {printed.Count} returned");
        Assert.Equal(stored, engine.Bookings.Taken("ktp-el", tuesday, new TimeOnly(8, 0)));
    }

    [Fact]
    public async Task Webhooks_ServerKilledBeforeDelivering_DeliversEveryJournalledMoveAfterTheRestart()
    {
        using var receiver = new WebhookReceiver { Down = true };
        var options = new WebhookOptions { AllowHttp = true, AllowLoopback = true, FirstRetrySeconds = 0.01, MaxRetrySeconds = 0.05, MaxFailures = 1000 };
        using var http = new HttpClient();
        string secret;
        using (var store = new LiteQueueStore(DataFile))
        {
            var demo = DemoMpp.Build();
            var roomy = demo.Services["ktp-el"] with { Quota = new DailyQuota(TicketNumber.MaxSequence) };
            CatalogEditor.SeedIfEmpty(store, demo with { Services = demo.Services.SetItem("ktp-el", roomy) });
            using var setup = new WebhookService(store, store, http, options, TimeProvider.System, NullLogger<WebhookService>.Instance);
            secret = setup.Create(new WebhookRequest("Sistem antrean nasional", receiver.Url.AbsoluteUri, ["ticket.issued"]), null, null, store.LoadCatalog()!).Secret;
        }

        // The child issues tickets and tries to deliver them to a receiver that refuses: it is killed with all of them undelivered.
        var printed = await RunAndKillAsync(line => line.Trim(), 60, "webhooks");
        Assert.Empty(receiver.Received);
        Assert.True(receiver.Refused > 0, "The child never tried to deliver.");

        receiver.Down = false;
        var logBeforeReopen = LogFileLength();
        using var reopened = new LiteQueueStore(DataFile);
        using var stop = new CancellationTokenSource();
        using var webhooks = new WebhookService(reopened, reopened, http, options, TimeProvider.System, NullLogger<WebhookService>.Instance);
        var running = webhooks.RunAsync(stop.Token);
        var issued = reopened.ReadJournal(0, 100_000).Where(e => e.Type == JournalEventType.TicketIssued).ToList();
        var deadline = DateTime.UtcNow + _patience;
        while (receiver.Received.Count < issued.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await stop.CancelAsync();
        await running;
        var received = receiver.Received;
        Assert.True(issued.Count >= printed.Count, $"{issued.Count} journalled, {printed.Count} printed");
        Assert.Equal(issued.Select(e => e.EventId), received.Select(r => r.Id));
        var delivered = received.Select(r => r.TicketId!).ToHashSet(StringComparer.Ordinal);
        var lost = printed.Select((id, at) => (id, at)).Where(p => !delivered.Contains(p.id)).ToList();
        Assert.True(lost.Count == 0, lost.Count == 0 ? string.Empty : LostReport(lost, printed.Count, issued, reopened, logBeforeReopen));
        Assert.All(received, r => Assert.True(WebhookReceiver.Genuine(r, secret), "A request's signature is wrong."));
    }

    /// <summary>
    /// What a failure of the webhook crash test needs to tell (it failed once in CI and never again by hand): which printed
    /// tickets are missing and where in the run, whether the ticket itself survived, and what LiteDB found on reopening.
    /// </summary>
    private static string LostReport(List<(string Id, int At)> lost, int printed, List<JournalEntry> issued, LiteQueueStore store, long logBeforeReopen) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{lost.Count} of {printed} printed tickets were not journalled: {string.Join(", ", lost.Select(l => $"{l.Id} (printed #{l.At + 1}, ticket {(store.FindTicket(l.Id) is null ? "missing" : "stored")})"))}; "
            + $"{issued.Count} ticket.issued in the journal, ids {issued.FirstOrDefault()?.Id}..{issued.LastOrDefault()?.Id}, sequences {issued.FirstOrDefault()?.Sequence}..{issued.LastOrDefault()?.Sequence}; "
            + $"the log file held {logBeforeReopen} bytes before reopening.");

    private long LogFileLength()
    {
        var log = Path.Combine(Path.GetDirectoryName(DataFile)!, Path.GetFileNameWithoutExtension(DataFile) + "-log" + Path.GetExtension(DataFile));
        return File.Exists(log) ? new FileInfo(log).Length : -1;
    }

    [Fact]
    public async Task Notices_ServerKilledBetweenCallsAndTheirNotices_SendsEachOnceAfterTheRestart()
    {
        var monday = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(monday);
        var ids = new List<string>();
        using (var store = new LiteQueueStore(DataFile))
        {
            var demo = DemoMpp.Build();
            CatalogEditor.SeedIfEmpty(store, demo with { Services = demo.Services.SetItem("ktp-el", demo.Services["ktp-el"] with { Quota = new DailyQuota(500) }) });
            store.SaveOfficer(new Officer { Id = "rina", UserName = "rina", DisplayName = "Rina", Role = OfficerRole.Officer, AgencyId = "disdukcapil" });
            var engine = new QueueEngine(store, time, new QueueNotifier());
            using var setup = Notices(store, engine, time, new RecordingNoticeProvider(NoticeChannel.WhatsApp));
            for (var i = 0; i < 50; i++)
            {
                var ticket = engine.Issue(new IssueRequest("ktp-el"));
                setup.SetPhone(NoticeSubject.Ticket(ticket.Id), "0812" + i.ToString("D8", CultureInfo.InvariantCulture), "id");
                ids.Add(ticket.Id);
            }
        }

        var called = await RunAndKillAsync(line => line.Trim(), 20, "notices");

        time.Advance(TimeSpan.FromMinutes(10));
        var whatsApp = new RecordingNoticeProvider(NoticeChannel.WhatsApp);
        using (var reopened = new LiteQueueStore(DataFile))
        {
            var engine = new QueueEngine(reopened, time, new QueueNotifier());
            using var notices = Notices(reopened, engine, time, whatsApp);
            Assert.True(notices.PendingCount > 0, "The child was killed before it decided any notice: the test proves less than it says.");
            for (var round = 0; round < 5; round++)
            {
                notices.DecideFromJournal();
                await notices.SendDueAsync();
            }

            var calls = reopened.ReadJournal(0, 100_000).Where(e => e.Type == JournalEventType.TicketCalled).Select(e => e.TicketId!).ToList();
            var sent = whatsApp.Deliveries.Where(d => d.Notice.Kind == NoticeKind.Called).Select(d => d.Notice.TicketId!).ToList();
            Assert.True(calls.Count >= called.Count, $"{calls.Count} calls journalled, {called.Count} printed");
            Assert.Subset(calls.ToHashSet(), called.ToHashSet());
            Assert.Equal(calls.Order(StringComparer.Ordinal), sent.Order(StringComparer.Ordinal));
            Assert.Equal(0, notices.PendingCount);
        }

        // A second restart sends nothing again.
        var again = new RecordingNoticeProvider(NoticeChannel.WhatsApp);
        using (var third = new LiteQueueStore(DataFile))
        {
            var engine = new QueueEngine(third, time, new QueueNotifier());
            using var notices = Notices(third, engine, time, again);
            notices.DecideFromJournal();
            await notices.SendDueAsync();
        }

        Assert.Empty(again.Deliveries);
    }

    private static NoticeService Notices(LiteQueueStore store, QueueEngine engine, TimeProvider time, INoticeProvider provider) =>
        new(store, store, engine, [provider], new NoticeOptions(), time, NullLogger<NoticeService>.Instance);

    private Task<List<T>> RunAndKillAsync<T>(Func<string, T> parse, params string[] args) => RunAndKillAsync(parse, KillAfter, args);

    private async Task<List<T>> RunAndKillAsync<T>(Func<string, T> parse, int killAfter, params string[] args)
    {
        var printed = new List<T>();
        using var child = StartChild(args);
        try
        {
            while (printed.Count < killAfter)
            {
                var line = await child.StandardOutput.ReadLineAsync().WaitAsync(_patience);
                if (line is null)
                {
                    Assert.Fail($"The child stopped after {printed.Count} tickets: {await child.StandardError.ReadToEndAsync()}");
                }

                printed.Add(parse(line));
            }
        }
        finally
        {
            // Process.Kill is SIGKILL on Unix: no finalizer, no Dispose, no flush.
            child.Kill();
            await child.WaitForExitAsync().WaitAsync(_patience);
        }

        // Lines the child wrote before it died are promises too; a torn last line is not.
        var rest = await child.StandardOutput.ReadToEndAsync();
        var complete = rest.EndsWith('\n') ? rest : rest[..(rest.LastIndexOf('\n') + 1)];
        printed.AddRange(complete.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(parse));
        return printed;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private static (string Id, int Sequence) Parse(string line)
    {
        var parts = line.Trim().Split(' ');
        return (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private Process StartChild(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ChildAssembly());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(DataFile);
        return Process.Start(start) ?? throw new InvalidOperationException("The crash child did not start.");
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    /// <summary>tests/Storage.CrashChild/bin/{configuration}/{tfm}/, found from tests/Storage.Tests/bin/{configuration}/{tfm}/.</summary>
    private static string ChildAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = output.Parent!;
        var tests = configuration.Parent!.Parent!.Parent!;
        var path = Path.Combine(tests.FullName, "Storage.CrashChild", "bin", configuration.Name, output.Name, "MppQueue.Storage.CrashChild.dll");
        Assert.True(File.Exists(path), $"The crash child is not built at {path}.");
        return path;
    }
}
