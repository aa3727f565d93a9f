using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MppQueue.Bench;
using MppQueue.Core;

namespace MppQueue.Bench.DisplaySoak;

/// <summary>Drives the soak: the screen, the calls, the checks and the measurements.</summary>
public static class SoakRun
{
    private static readonly string[] _flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--autoplay-policy=no-user-gesture-required",
    ];

    // Zone 1's desks with a service each, called in turn; every fifth call is a recall of the desk's ticket.
    private static readonly (string Desk, string Service)[] _desks =
    [
        ("loket-01", "ktp-el"), ("loket-04", "kartu-keluarga"), ("loket-07", "paspor"), ("loket-09", "pajak-kendaraan"),
        ("loket-12", "balik-nama"), ("loket-13", "skck"), ("loket-14", "perpanjangan-sim"), ("loket-16", "rekening-tabungan"),
    ];

    private static readonly TimeSpan _showWithin = TimeSpan.FromSeconds(5);

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public static async Task<SoakResult> RunAsync(BenchHost host, SoakOptions options, TextWriter progress)
    {
        var engine = host.Engine;
        var screen = host.Services.GetRequiredService<ScreenRegistry>().Register(new ScreenRegistration("Soak TV", "zona-1", IsSpeaker: true), engine.Catalog);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = options.Chromium, Headless = true, Args = _flags });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.Address.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
            Locale = "id-ID",
        });
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await page.GotoAsync($"/display/zona-1?device={Uri.EscapeDataString(screen.Token)}");
        await page.WaitForFunctionAsync("() => window.mppAnnouncer && window.mppAnnouncer.started", null, new() { Timeout = 30_000 });
        await page.EvaluateAsync("() => window.__soak = 'same page'");

        // Warm up: one call at each desk, so the list of previous calls is full and the clips are decoded; wait
        // until they have all been spoken, then take the starting figures.
        long warmUp = 0;
        for (var i = 0; i < _desks.Length; i++)
        {
            warmUp = Call(engine, i, recall: false).LastSequence;
        }

        await page.WaitForFunctionAsync($"() => window.mppAnnouncer.spoken.some(a => a.sequence === {warmUp})", null, new() { Timeout = 180_000, PollingInterval = 500 });
        await Task.Delay(TimeSpan.FromSeconds(5));
        var start = await MeasureAsync(cdp);
        progress.WriteLine($"start: server {start.ServerManagedMb:F1} MB managed, {start.ServerWorkingSetMb:F0} MB working set; page JS heap {start.JsHeapMb:F2} MB, {start.DomNodes} DOM nodes");

        var calls = new List<(Ticket Ticket, TimeSpan ShownAfter, bool Shown, DateTimeOffset At)>();

        // The page keeps its last 300 announcements; collect them as the run goes.
        var spokenAt = new Dictionary<long, DateTimeOffset>();
        async Task CollectSpokenAsync()
        {
            foreach (var a in await SpokenAsync(page))
            {
                spokenAt.TryAdd(a.Sequence, DateTimeOffset.FromUnixTimeMilliseconds(a.StartedAt));
            }
        }


        var clock = Stopwatch.StartNew();
        var next = TimeSpan.Zero;
        for (var i = _desks.Length; clock.Elapsed < options.Duration; i++)
        {
            next += options.Every;
            var wait = next - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var at = DateTimeOffset.UtcNow;
            var ticket = Call(engine, i, recall: i % 5 == 0);
            var shown = Stopwatch.StartNew();
            var seen = await ShownAsync(page, ticket.LastSequence);
            calls.Add((ticket, shown.Elapsed, seen, at));
            if (i % 20 == 0)
            {
                await CollectSpokenAsync();
                progress.WriteLine($"{clock.Elapsed:mm\\:ss} {i} calls, {calls.Count(c => !c.Shown)} not shown");
            }
        }

        // Let the last announcements finish.
        await Task.Delay(TimeSpan.FromSeconds(10));
        await CollectSpokenAsync();
        var spoken = await SpokenAsync(page);
        var end = await MeasureAsync(cdp);
        var reloaded = await page.EvaluateAsync<string?>("() => window.__soak ?? null") != "same page";
        var announceLags = calls.Where(c => spokenAt.ContainsKey(c.Ticket.LastSequence)).Select(c => spokenAt[c.Ticket.LastSequence] - c.At).ToList();
        return new SoakResult(
            options,
            clock.Elapsed,
            calls.Count,
            calls.Count(c => !c.Shown),
            calls.Count(c => !spokenAt.ContainsKey(c.Ticket.LastSequence)),
            calls.Where(c => c.Shown).Select(c => c.ShownAfter).ToList(),
            announceLags,
            [.. spoken.Select(a => TimeSpan.FromMilliseconds(a.EndedAt - a.StartedAt))],
            reloaded,
            start,
            end);
    }

    private static Ticket Call(QueueEngine engine, int i, bool recall)
    {
        var (desk, service) = _desks[i % _desks.Length];
        if (engine.CurrentTicket(desk) is { } current)
        {
            if (recall)
            {
                return engine.Recall(desk, current.Id);
            }

            engine.Finish(desk, current.Id);
        }

        engine.Issue(new IssueRequest(service));
        return engine.CallNext(desk);
    }

    private static async Task<bool> ShownAsync(IPage page, long sequence)
    {
        try
        {
            // A locator, not WaitForSelector: the element handle that one returns would keep every old call's
            // elements alive in the page and show up as a leak that is not the screen's.
            await page.Locator($"[data-testid='display-now'][data-sequence='{sequence}']").WaitForAsync(new() { Timeout = (float)_showWithin.TotalMilliseconds });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static async Task<IReadOnlyList<Spoken>> SpokenAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("() => JSON.stringify(window.mppAnnouncer.spoken)");
        return JsonSerializer.Deserialize<List<Spoken>>(json, _json) ?? [];
    }

    private static async Task<Measurement> MeasureAsync(ICDPSession cdp)
    {
        await cdp.SendAsync("HeapProfiler.collectGarbage");
        var heap = await cdp.SendAsync("Runtime.getHeapUsage");
        var dom = await cdp.SendAsync("Memory.getDOMCounters");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return new Measurement(
            GC.GetTotalMemory(forceFullCollection: true) / 1048576.0,
            process.WorkingSet64 / 1048576.0,
            heap!.Value.GetProperty("usedSize").GetDouble() / 1048576.0,
            dom!.Value.GetProperty("nodes").GetInt32(),
            dom.Value.GetProperty("jsEventListeners").GetInt32());
    }

    private sealed record Spoken(long Sequence, long StartedAt, long EndedAt);
}
