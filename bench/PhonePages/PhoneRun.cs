using Microsoft.Playwright;
using MppQueue.Core;

namespace MppQueue.Bench.PhonePages;

/// <summary>Opens the pages, reads the server's memory, makes the calls and times them on the called pages.</summary>
public static class PhoneRun
{
    /// <summary>What the phone shows once its ticket is called (see src/Kiosk/Pages/TicketPage.razor).</summary>
    public const string CalledSelector = "[data-testid='called-notice']";

    private static readonly string[] _flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
    ];

    // Each page notes, in its own clock (the machine's), the moment the called notice first exists.
    private static readonly string _watch =
        "window.__calledAt = 0; new MutationObserver(() => { if (!window.__calledAt && document.querySelector(\"" + CalledSelector
        + "\")) { window.__calledAt = Date.now(); } }).observe(document, { subtree: true, childList: true, attributes: true });";

    public static async Task<PhoneResult> RunAsync(BenchHost host, int pageCount, int calls, string chromium, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(progress);
        var engine = host.Engine;
        var tickets = SpreadTickets.Issue(engine, pageCount);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = _flags });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.Address.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "id-ID",
        });
        await context.AddInitScriptAsync(_watch);

        var before = ServerMemory.Measure();
        var pages = new Dictionary<string, IPage>(StringComparer.Ordinal);
        var opened = System.Diagnostics.Stopwatch.StartNew();
        foreach (var batch in tickets.Chunk(10))
        {
            await Task.WhenAll(batch.Select(async ticket =>
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync("/t/" + ticket.Token);
                await page.WaitForSelectorAsync("[data-interactive='true']", new() { Timeout = 120_000 });
                lock (pages)
                {
                    pages[ticket.Id] = page;
                }
            }));
            progress.WriteLine($"{pages.Count} pages open");
        }

        var openSeconds = opened.Elapsed.TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(5));
        var open = ServerMemory.Measure();

        var desks = engine.Catalog.Desks.Values.Where(d => d.Active).OrderBy(d => d.Number).ToList();
        var samples = new List<double>(calls);
        var missed = 0;
        var idle = 0;
        for (var i = 0; samples.Count + missed < calls && idle < desks.Count; i++)
        {
            var desk = desks[i % desks.Count];
            var pressedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            Ticket called;
            try
            {
                called = engine.CallNext(desk.Id);
            }
            catch (QueueException)
            {
                idle++;
                continue;
            }

            idle = 0;
            var page = pages[called.Id];
            try
            {
                await page.WaitForFunctionAsync("() => window.__calledAt > 0", null, new() { Timeout = 30_000, PollingInterval = 20 });
                var shownAt = await page.EvaluateAsync<long>("() => window.__calledAt");
                samples.Add(shownAt - pressedAt);
            }
            catch (TimeoutException)
            {
                missed++;
            }

            engine.Finish(desk.Id, called.Id);
        }

        var after = ServerMemory.Measure();
        return new PhoneResult(pages.Count, openSeconds, samples, missed, before, open, after);
    }
}
