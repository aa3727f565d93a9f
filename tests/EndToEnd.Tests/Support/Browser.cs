using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download), with the flags this machine needs. One Chromium
/// (and one Playwright driver) per set of flags serves every test in the run: starting them is the costliest part of
/// a browser test on a small machine. What a test gets is its own lease on it, in which every page has its own
/// browser context (cookies, storage, permissions); disposing the lease closes those pages.
/// </summary>
/// <remarks>
/// The second costliest part is a context's first page: Chromium starts a renderer process for it, about a second
/// of CPU here. So a context outlives its lease: it keeps one blank page open (which keeps its renderer), goes back
/// to a pool with its cookies, permissions and the test server's storage cleared and its network back on, and the
/// next lease opens its page beside the blank one. A test's pages are new pages, so what a test sets on a page
/// (scripts, routes, handlers, media) goes with it. The pooled contexts have no base address (every test server has
/// its own port): <see cref="Url"/> and <see cref="PageAddress"/> resolve a path against the lease's server.
/// </remarks>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>What an unattended TV's browser is started with, so that calls are heard without a tap (docs/screens.md).</summary>
    public const string AutoplayFlag = "--autoplay-policy=no-user-gesture-required";

    private static readonly string[] _flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private static readonly SemaphoreSlim _starting = new(1, 1);
    private static readonly ConcurrentDictionary<string, IBrowser> _running = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ConcurrentBag<PooledContext>> _idle = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<IPage, Uri> _addresses = [];
    private static IPlaywright? _playwright;

    private readonly IBrowser _browser;
    private readonly string _key;
    private readonly List<(PooledContext Context, IPage Page, Uri Address, bool IsMobile)> _leased = [];

    static Browser() => AppDomain.CurrentDomain.ProcessExit += (_, _) => CloseAll();

    private Browser(IBrowser browser, string key)
    {
        _browser = browser;
        _key = key;
    }

    /// <param name="extraFlags">Flags beyond the ones this machine needs, e.g. <see cref="AutoplayFlag"/>.</param>
    public static async Task<Browser> LaunchAsync(params string[] extraFlags)
    {
        Assert.True(System.IO.File.Exists(ChromiumPath), "Chromium is missing: apt-get install -y chromium");
        var key = string.Join(' ', extraFlags.Order(StringComparer.Ordinal));
        await _starting.WaitAsync();
        try
        {
            if (!_running.TryGetValue(key, out var browser) || !browser.IsConnected)
            {
                _playwright ??= await Playwright.CreateAsync();
                browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ChromiumPath,
                    Headless = true,
                    Args = [.. _flags, .. extraFlags],
                });
                _running[key] = browser;
                _idle[key] = [];
                _idle[key + " mobile"] = [];
            }

            return new Browser(browser, key);
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <summary>The test server a page of a lease belongs to.</summary>
    public static Uri AddressOf(IPage page) =>
        _addresses.TryGetValue(page, out var address) ? address : throw new InvalidOperationException("Not a page of a browser lease.");

    /// <summary>A path ("/counter") or an absolute address, as the page's server serves it.</summary>
    public static string Url(IPage page, string pathOrUrl) => new Uri(AddressOf(page), pathOrUrl).AbsoluteUri;

    public async Task<IPage> NewPageAsync(Uri baseAddress, int width, int height, bool isMobile = false)
    {
        var pool = _idle[PoolKey(isMobile)];
        if (!pool.TryTake(out var context) || !context.IsUsable)
        {
            context = await PooledContext.OpenAsync(_browser, isMobile);
        }

        var page = await context.Context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        _addresses.AddOrUpdate(page, baseAddress);
        lock (_leased)
        {
            _leased.Add((context, page, baseAddress, isMobile));
        }

        return page;
    }

    private string PoolKey(bool isMobile) => isMobile ? _key + " mobile" : _key;

    // The test run is over: close every Chromium and the driver (they would also go with the driver's pipe).
    private static void CloseAll()
    {
        try
        {
            Task.WhenAll(_running.Values.Select(b => b.CloseAsync())).Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // Already gone.
        }

        _playwright?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        (PooledContext Context, IPage Page, Uri Address, bool IsMobile)[] leased;
        lock (_leased)
        {
            leased = [.. _leased];
            _leased.Clear();
        }

        foreach (var (context, _, address, isMobile) in leased)
        {
            if (await context.ResetAsync(address))
            {
                _idle[PoolKey(isMobile)].Add(context);
            }
        }
    }

    /// <summary>A browser context that outlives a lease, with the blank page that keeps its renderer.</summary>
    private sealed class PooledContext
    {
        private readonly IPage _keeper;

        private PooledContext(IBrowserContext context, IPage keeper)
        {
            Context = context;
            _keeper = keeper;
        }

        public IBrowserContext Context { get; }

        public bool IsUsable => !_keeper.IsClosed;

        public static async Task<PooledContext> OpenAsync(IBrowser browser, bool isMobile)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                IsMobile = isMobile,
                HasTouch = isMobile,
                Locale = "id-ID",
                // The pages honour "reduce motion" (a running text stands still, nothing pulses): without it Chromium
                // repaints a wall's running text sixty times a second in software for as long as the test keeps it
                // open, which was most of the browser tests' CPU.
                ReducedMotion = ReducedMotion.Reduce,
            });
            return new PooledContext(context, await context.NewPageAsync());
        }

        /// <summary>Closes the lease's pages and forgets what it left; false when the context could not be reset and was closed.</summary>
        public async Task<bool> ResetAsync(Uri address)
        {
            try
            {
                foreach (var page in Context.Pages.Where(p => p != _keeper).ToList())
                {
                    await page.CloseAsync();
                }

                await Context.SetOfflineAsync(false);
                await Context.ClearCookiesAsync();
                await Context.ClearPermissionsAsync();
                var session = await Context.NewCDPSessionAsync(_keeper);
                await session.SendAsync("Storage.clearDataForOrigin", new Dictionary<string, object>
                {
                    ["origin"] = address.GetLeftPart(UriPartial.Authority),
                    ["storageTypes"] = "all",
                });
                await session.DetachAsync();
                return IsUsable;
            }
            catch (PlaywrightException)
            {
                await Context.CloseAsync();
                return false;
            }
        }
    }
}
