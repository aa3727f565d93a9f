using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;
using MppQueue.Core;

namespace MppQueue.Bench.LivePages;

/// <summary>
/// One side of the comparison against a running server: sets up kiosks and officers through the admin pages, opens
/// the wall screens, counter consoles, kiosks and phones in Chromium, measures the idle CPU, then makes the moves
/// one after another and times each on the pages that should show it.
/// </summary>
public sealed class LiveRun : IDisposable
{
    public const string DemoPassword = "mpp-demo-2026";

    private const string BenchPassword = "mpp-bench-2026";

    private const string KioskApi = "/api/kiosk/tickets";

    // The console's clock label once service has started (CounterText.SinceServing in Indonesian, the pages' language).
    private const string ServingLabel = "Lama layanan";

    private static readonly string[] _flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
        "--disable-backgrounding-occluded-windows",
    ];

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private static readonly string _recorder = LoadRecorder();

    private readonly ServerUnderTest _server;
    private readonly LiveOptions _options;
    private readonly SiteCatalog _demo;
    private readonly TextWriter _progress;
    private readonly HttpClient _http;
    private readonly List<LivePage> _walls = [];
    private readonly Dictionary<string, LivePage> _consoles = new(StringComparer.Ordinal);
    private readonly List<LivePage> _kiosks = [];
    private readonly Dictionary<string, LivePage> _phones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _wallZone = new(StringComparer.Ordinal);
    private readonly Lock _opening = new();
    private string _apiKioskToken = string.Empty;
    private List<string> _kioskTokens = [];

    // Where the moves are: the number each desk has called (until it finishes), the desks serving it, whose turn it is.
    private readonly Dictionary<string, string?> _called = new(StringComparer.Ordinal);
    private readonly HashSet<string> _serving = new(StringComparer.Ordinal);
    private int _moves;
    private bool _paced;
    private long _paceStartedAt;
    private int _overran;
    private int _deskTurn;
    private int _issueTurn;
    private LiveRun(ServerUnderTest server, LiveOptions options, SiteCatalog demo, TextWriter progress)
    {
        _server = server;
        _options = options;
        _demo = demo;
        _progress = progress;
        _http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public static async Task<LiveResult> RunAsync(ServerUnderTest server, LiveOptions options, SiteCatalog demo, TextWriter progress)
    {
        using var run = new LiveRun(server, options, demo, progress);
        return await run.RunAsync();
    }

    public void Dispose() => _http.Dispose();

    private string Tag => $"[{_server.Name}]";

    private async Task<LiveResult> RunAsync()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = _options.Chromium, Headless = true, Args = _flags });

        // The demo has thirty desks and one officer per agency; an officer holds one desk at a time, so the other
        // desks get officers of their agency, made by the admin on the officers page (as on any MPP).
        var desks = _demo.Desks.Values.Where(d => d.Active).OrderBy(d => d.Number).Take(_options.Consoles).ToList();
        var officers = OfficersFor(desks);
        await SetUpAsync(browser, officers.Values.Where(o => o.New).ToList());
        var tickets = await IssuePhoneTicketsAsync(desks);
        var before = _server.Memory;

        var opening = Stopwatch.StartNew();
        await OpenWallsAndKiosksAsync(browser);
        await OpenConsolesAsync(browser, desks, officers);
        await OpenPhonesAsync(browser, tickets);
        var openSeconds = opening.Elapsed.TotalSeconds;
        _progress.WriteLine($"{Tag} opened {_walls.Count} walls, {_consoles.Count} consoles, {_kiosks.Count} kiosks, {_phones.Count} phones in {openSeconds:F0} s");

        // Let the pages settle (first renders, the screens' first heartbeats).
        await using var jit = new JitWatch(_server.ProcessId);
        await Task.Delay(TimeSpan.FromSeconds(10));
        var open = _server.Memory;

        // Moves first, unmeasured, until the runtime has compiled the server's paths (see WarmUpAsync).
        var warmUp = await WarmUpAsync(desks, jit);

        // Then the idle cost, every page open and no moves, in the same steady state as the moves.
        var idleCpu = _server.CpuTime;
        var idleJit = jit.CpuTime;
        var idleClock = Stopwatch.StartNew();
        await Task.Delay(_options.Idle);
        var idleCpuPerSecond = (_server.CpuTime - idleCpu).TotalSeconds / idleClock.Elapsed.TotalSeconds;
        var idleJitPerSecond = (jit.CpuTime - idleJit).TotalSeconds / idleClock.Elapsed.TotalSeconds;
        _progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Tag} idle: {idleCpuPerSecond * 1000:F1} ms CPU per second, of which the runtime's compiling {idleJitPerSecond * 1000:F1}"));

        var movesCpu = _server.CpuTime;
        var movesJit = jit.CpuTime;
        var movesClock = Stopwatch.StartNew();
        _paced = true;
        var samples = await MoveAsync(desks, _options.Moves, "moves");
        var movesSeconds = movesClock.Elapsed.TotalSeconds;
        var cpu = (_server.CpuTime - movesCpu).TotalSeconds;
        var jitCpu = (jit.CpuTime - movesJit).TotalSeconds;
        var after = _server.Memory;

        await browser.CloseAsync();
        return new LiveResult(
            _server.Name,
            new PageCounts(_walls.Count, _consoles.Count, _kiosks.Count, _phones.Count),
            openSeconds,
            idleCpuPerSecond,
            warmUp,
            samples,
            movesSeconds,
            cpu,
            jitCpu,
            before,
            open,
            after,
            _options.Pace.TotalSeconds,
            _overran);
    }

    private static Dictionary<string, (string UserName, string AgencyId, bool New)> OfficersFor(List<Desk> desks)
    {
        var officers = new Dictionary<string, (string, string, bool)>(StringComparer.Ordinal);
        foreach (var agency in desks.GroupBy(d => d.AgencyId))
        {
            var i = 0;
            foreach (var desk in agency)
            {
                officers[desk.Id] = i == 0 ? ($"petugas.{agency.Key}", agency.Key, false) : ($"bench.{agency.Key}.{i + 1}", agency.Key, true);
                i++;
            }
        }

        return officers;
    }

    // As the admin: registers the kiosks (the pages' and one for the HTTP API) and makes the officers.
    private async Task SetUpAsync(IBrowser browser, List<(string UserName, string AgencyId, bool New)> newOfficers)
    {
        var clock = Stopwatch.StartNew();
        await using var context = await browser.NewContextAsync(Context(1440, 1000));
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin", DemoPassword, "/admin/devices");

        var kioskTokens = new List<string>();
        for (var i = 0; i <= _options.Kiosks; i++)
        {
            var name = i == 0 ? "Bench API kiosk" : $"Bench kiosk {i}";
            await FillAsync(page, "device-name", name);
            await page.Locator("[data-testid='register-submit']").ClickAsync();
            await page.Locator("[data-testid='device-address']", new() { HasText = name }).WaitForAsync(new() { Timeout = 30_000 });
            var url = await page.Locator("[data-testid='device-address-text']").InnerTextAsync();
            var token = Uri.UnescapeDataString(url[(url.IndexOf("device=", StringComparison.Ordinal) + "device=".Length)..].Trim());
            kioskTokens.Add(token);
        }

        _apiKioskToken = kioskTokens[0];
        _kioskTokens = kioskTokens.Skip(1).ToList();

        await page.GotoAsync("/admin/officers");
        await page.Locator("[data-interactive='true'] [data-testid='create-submit']").WaitForAsync(new() { Timeout = 60_000 });
        foreach (var (userName, agencyId, _) in newOfficers)
        {
            await FillAsync(page, "officer-username", userName);
            await FillAsync(page, "officer-displayname", "Petugas " + userName);
            await page.Locator("[data-testid='officer-agency']").First.ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").GetByText(_demo.Agencies[agencyId].Name, new() { Exact = true }).First.ClickAsync();
            await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 30_000 });
            await FillAsync(page, "officer-password", BenchPassword);
            await page.Locator("[data-testid='create-submit']").ClickAsync();
            await page.Locator($"[data-testid='officer-row'][data-user-name='{userName}']").WaitForAsync(new() { Timeout = 30_000 });
        }

        _progress.WriteLine($"{Tag} registered {kioskTokens.Count} kiosks and made {newOfficers.Count} officers through the admin pages in {clock.Elapsed.TotalSeconds:F0} s");
    }

    // The phones' tickets, through the kiosk API, spread over the desks' services so every desk has people waiting.
    private async Task<List<(string Number, string PageUrl)>> IssuePhoneTicketsAsync(List<Desk> desks)
    {
        var tickets = new List<(string, string)>();
        for (var j = 0; tickets.Count < _options.Phones && j < _options.Phones * 3; j++)
        {
            var desk = desks[j % desks.Count];
            if (await IssueAsync(desk.ServiceIds[j / desks.Count % desk.ServiceIds.Length]) is { } ticket)
            {
                tickets.Add(ticket);
            }
        }

        _progress.WriteLine($"{Tag} issued {tickets.Count} tickets for the phones through {KioskApi}");
        return tickets;
    }

    private async Task<(string Number, string PageUrl)?> IssueAsync(string serviceId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, KioskApi)
        {
            Content = JsonContent.Create(new { serviceId, idempotencyKey = Guid.NewGuid().ToString("N") }),
        };
        request.Headers.Add("X-Device-Token", _apiKioskToken);
        using var response = await _http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            _progress.WriteLine($"{Tag} {serviceId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return null;
        }

        var issued = await response.Content.ReadFromJsonAsync<JsonElement>(_json);
        return (issued.GetProperty("number").GetString()!, issued.GetProperty("pageUrl").GetString()!);
    }

    private async Task OpenWallsAndKiosksAsync(IBrowser browser)
    {
        var zones = _demo.Zones.Values.OrderBy(z => z.SortOrder).Select(z => z.Id).ToList();
        var walls = await NewContextAsync(browser, 1920, 1080, "wall");
        var kiosks = await NewContextAsync(browser, 1080, 1920, "kiosk", touch: true);
        var opening = new List<Task>();
        for (var i = 0; i < _options.Walls; i++)
        {
            var zone = zones[i % zones.Count];
            opening.Add(OpenAsync(walls, $"/display/{zone}", $"wall {i + 1} ({zone})", "() => window.mppAnnouncer && window.mppAnnouncer.started", page =>
            {
                _walls.Add(page);
                _wallZone[page.Label] = zone;
            }));
        }

        foreach (var (token, i) in _kioskTokens.Select((t, i) => (t, i)))
        {
            opening.Add(OpenAsync(kiosks, "/kiosk?device=" + Uri.EscapeDataString(token), $"kiosk {i + 1}", null, _kiosks.Add));
        }

        await Task.WhenAll(opening);
    }

    private async Task OpenConsolesAsync(IBrowser browser, IReadOnlyList<Desk> desks, Dictionary<string, (string UserName, string AgencyId, bool New)> officers)
    {
        foreach (var batch in desks.Chunk(5))
        {
            await Task.WhenAll(batch.Select(async desk =>
            {
                // Each officer signs in in a browser of their own.
                var context = await NewContextAsync(browser, 1920, 1080, "console");
                var page = await context.NewPageAsync();
                var officer = officers[desk.Id];
                await SignInAsync(page, officer.UserName, officer.New ? BenchPassword : DemoPassword, "/counter");
                await page.Locator($"[data-testid='desk'][data-desk-id='{desk.Id}'] [data-testid='choose-desk']").ClickAsync();
                await page.Locator("[data-testid='call-next']").WaitForAsync(new() { Timeout = 60_000 });
                await page.Locator("[data-interactive='true']").WaitForAsync(new() { Timeout = 60_000 });
                lock (_opening)
                {
                    _consoles[desk.Id] = new LivePage(page, "console " + desk.Id);
                }
            }));
            _progress.WriteLine($"{Tag} {_consoles.Count} consoles open");
        }
    }

    private async Task OpenPhonesAsync(IBrowser browser, IReadOnlyList<(string Number, string PageUrl)> tickets)
    {
        var phones = await NewContextAsync(browser, 390, 844, "phone", touch: true);
        foreach (var batch in tickets.Chunk(10))
        {
            await Task.WhenAll(batch.Select(t => OpenAsync(phones, new Uri(t.PageUrl).PathAndQuery, "phone " + t.Number, null, page =>
            {
                _phones[t.Number] = page;
            })));
            _progress.WriteLine($"{Tag} {_phones.Count} phones open");
        }
    }

    private async Task OpenAsync(IBrowserContext context, string path, string label, string? live, Action<LivePage> opened)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path, new() { Timeout = 120_000 });
        await page.Locator("[data-interactive='true']").First.WaitForAsync(new() { Timeout = 120_000 });
        if (live is not null)
        {
            await page.WaitForFunctionAsync(live, null, new() { Timeout = 120_000 });
        }

        lock (_opening)
        {
            opened(new LivePage(page, label));
        }
    }

    /// <summary>
    /// The warm-up: <c>--warm-up</c> moves, then batches of ten until the runtime's tiered compilation takes less than
    /// 3 % of the server's CPU over a batch (or <c>--warm-up-max</c> moves have been made). A server that has just
    /// started compiles its hot methods again for minutes (up to four times each, the dynamic-PGO way), and moving its
    /// paths is what makes them hot; measured before that ends, the moves' figure includes start-up. Every side is
    /// warmed up the same way, and what compiling is left during the measured moves is printed with them.
    /// </summary>
    private async Task<int> WarmUpAsync(List<Desk> desks, JitWatch jit)
    {
        const int Batch = 10;
        const double Settled = 0.03;
        var made = Math.Min(_options.WarmUp, _options.WarmUpMax);
        if (made > 0)
        {
            await MoveAsync(desks, made, "warm-up");
        }

        while (made < _options.WarmUpMax)
        {
            var cpu = _server.CpuTime;
            var compiling = jit.CpuTime;
            await MoveAsync(desks, Batch, "warm-up");
            made += Batch;
            var share = (jit.CpuTime - compiling) / (_server.CpuTime - cpu);
            _progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Tag} warm-up: {made} moves; the runtime's compiling took {share:P0} of the server's CPU over the last {Batch}"));
            if (share < Settled)
            {
                break;
            }
        }

        return made;
    }

    private async Task<List<MoveSample>> MoveAsync(List<Desk> desks, int count, string what)
    {
        var samples = new List<MoveSample>(count);
        while (samples.Count < count)
        {
            // One move in four issues a ticket (as a kiosk does), the others go round the desks: call, start, finish.
            if (_moves++ % 4 == 3)
            {
                var forDesk = desks[_issueTurn % desks.Count];
                samples.Add(await IssueMoveAsync(forDesk.ServiceIds[_issueTurn / desks.Count % forDesk.ServiceIds.Length], desks));
                _issueTurn++;
            }
            else
            {
                var desk = desks[_deskTurn++ % desks.Count];
                var console = _consoles[desk.Id];
                _called.TryGetValue(desk.Id, out var number);
                if (number is null)
                {
                    // The console leaves "call next" on when nobody waits (pressing it then says so), so the count decides.
                    if (await console.Page.Locator("[data-testid='waiting-count']").InnerTextAsync() == "0")
                    {
                        // Nobody waits for this desk: a kiosk issues for it first (a move of its own).
                        samples.Add(await IssueMoveAsync(desk.ServiceIds[0], desks));
                        if (samples.Count >= count)
                        {
                            break;
                        }
                    }

                    var (sample, called) = await CallAsync(desk, console);
                    samples.Add(sample);
                    _called[desk.Id] = called;
                }
                else if (!_serving.Contains(desk.Id))
                {
                    samples.Add(await StepAsync(MoveKind.Start, desk, console, number, "start-serving", ("timerLabel", ServingLabel), "Serving"));
                    _serving.Add(desk.Id);
                }
                else
                {
                    samples.Add(await StepAsync(MoveKind.Finish, desk, console, number, "finish", ("none", "yes"), "Done"));
                    _serving.Remove(desk.Id);
                    _called[desk.Id] = null;
                }
            }

            if (samples.Count % 25 == 0)
            {
                var shown = samples.Where(s => !s.Missed).Select(s => s.ShownEverywhereMs!.Value).ToList();
                _progress.WriteLine($"{Tag} {what}: {samples.Count} moves, {samples.Count(s => s.Missed)} missed; shown everywhere {BenchFigures.Latencies(shown, "F0")} ms");
            }
        }

        return samples;
    }

    /// <summary>
    /// Each move starts here. With --pace, a measured move waits until the pace has passed since the one before started;
    /// a move that took longer than the pace is counted (the next one then starts at once).
    /// </summary>
    private async Task PaceAsync()
    {
        if (!_paced || _options.Pace <= TimeSpan.Zero)
        {
            return;
        }

        if (_paceStartedAt != 0)
        {
            var left = _options.Pace - Stopwatch.GetElapsedTime(_paceStartedAt);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left);
            }
            else
            {
                _overran++;
            }
        }

        _paceStartedAt = Stopwatch.GetTimestamp();
    }

    // A kiosk issues: the consoles of the desks that serve the service list the new number.
    private async Task<MoveSample> IssueMoveAsync(string serviceId, List<Desk> desks)
    {
        await PaceAsync();
        var since = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var issued = await IssueAsync(serviceId);
        if (issued is not { } ticket)
        {
            return new MoveSample(MoveKind.Issue, "-", serviceId, []);
        }

        var watchers = desks.Where(d => d.ServiceIds.Contains(serviceId) && _consoles.ContainsKey(d.Id))
            .Select(d => Seen("console", _consoles[d.Id], "waiting", since, "has", ticket.Number));
        return new MoveSample(MoveKind.Issue, "-", ticket.Number, await Task.WhenAll(watchers));
    }

    // The officer presses "call next": the console shows the number, every wall screen of the zone shows it, and
    // the visitor's phone (when it is one of the open pages) turns to "called".
    private async Task<(MoveSample Sample, string? Number)> CallAsync(Desk desk, LivePage console)
    {
        await PaceAsync();
        var pressed = await console.PressAsync("[data-testid='call-next']");
        var current = await console.WhenAsync("current", pressed, "any", null, _options.MoveTimeout);
        if (current is not { } shown)
        {
            await ReportMissAsync(console, pressed, "current", "any", null);
            return (new MoveSample(MoveKind.Call, desk.Id, "?", [new Sighting("console", null)]), await console.ValueAsync("current"));
        }

        var number = shown.Value;
        var watchers = _walls.Where(w => _wallZone[w.Label] == desk.ZoneId).Select(w => Seen("wall", w, "nowNumber", pressed, "eq", number)).ToList();
        if (_phones.TryGetValue(number, out var phone))
        {
            watchers.Add(Seen("phone", phone, "status", pressed, "eq", "Called"));
        }

        var sightings = new List<Sighting> { new("console", shown.At - pressed) };
        sightings.AddRange(await Task.WhenAll(watchers));
        return (new MoveSample(MoveKind.Call, desk.Id, number, sightings), number);
    }

    // "Start serving" or "finish": the console shows it, and so does the visitor's phone when it is open.
    private async Task<MoveSample> StepAsync(MoveKind kind, Desk desk, LivePage console, string number, string button, (string Key, string Value) onConsole, string phoneStatus)
    {
        await PaceAsync();
        var pressed = await console.PressAsync($"[data-testid='{button}']");
        var watchers = new List<Task<Sighting>> { Seen("console", console, onConsole.Key, pressed, "eq", onConsole.Value) };
        if (_phones.TryGetValue(number, out var phone))
        {
            watchers.Add(Seen("phone", phone, "status", pressed, "eq", phoneStatus));
        }

        return new MoveSample(kind, desk.Id, number, await Task.WhenAll(watchers));
    }

    private async Task<Sighting> Seen(string observer, LivePage page, string key, long since, string mode, string? value)
    {
        var seen = await page.WhenAsync(key, since, mode, value, _options.MoveTimeout);
        if (seen is null)
        {
            await ReportMissAsync(page, since, key, mode, value);
        }

        return new Sighting(observer, seen is { } s ? s.At - since : null);
    }

    // What the page showed instead, so that a miss can be told from a slow page or a refused move.
    private async Task ReportMissAsync(LivePage page, long since, string key, string mode, string? value)
    {
        var shot = Path.Combine(Path.GetTempPath(), $"mppqueue-livepages-missed-{_server.Name}-{page.Label.Replace(' ', '-')}-{since}.png");
        await page.Page.ScreenshotAsync(new() { Path = shot });
        _progress.WriteLine($"{Tag} not seen on {page.Label} since {since}: {key} {mode} {value}; {await page.TrailAsync(key)}; {shot}");
    }

    private static async Task SignInAsync(IPage page, string userName, string password, string returnUrl)
    {
        await page.GotoAsync("/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl), new() { Timeout = 120_000 });
        await page.Locator("[data-testid='signin-user']").FillAsync(userName);
        await page.Locator("[data-testid='signin-password']").FillAsync(password);
        await page.Locator("[data-testid='signin-submit']").ClickAsync();
        await page.WaitForURLAsync("**" + returnUrl, new() { Timeout = 120_000, WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-interactive='true']").First.WaitForAsync(new() { Timeout = 120_000 });
    }

    private static async Task FillAsync(IPage page, string testId, string value)
    {
        // MudBlazor puts the attribute on the input itself for text fields, on the wrapper for some others.
        var input = page.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input").First;
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    private BrowserNewContextOptions Context(int width, int height, bool touch = false) => new()
    {
        BaseURL = _server.Address.AbsoluteUri,
        ViewportSize = new ViewportSize { Width = width, Height = height },
        IsMobile = touch && width < 500,
        HasTouch = touch,
        Locale = "id-ID",
    };

    private async Task<IBrowserContext> NewContextAsync(IBrowser browser, int width, int height, string kind, bool touch = false)
    {
        var context = await browser.NewContextAsync(Context(width, height, touch));
        await context.AddInitScriptAsync(_recorder.Replace("__KIND__", kind, StringComparison.Ordinal));
        return context;
    }

    private static string LoadRecorder()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("recorder.js")
            ?? throw new InvalidOperationException("recorder.js is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
