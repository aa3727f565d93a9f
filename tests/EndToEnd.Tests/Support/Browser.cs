using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download), with the flags this machine needs. One Chromium
/// (and one Playwright driver) per set of flags serves every test in the run: starting them is the costliest part of
/// a browser test on a small machine. What a test gets is its own lease on it, in which every page has its own
/// browser context (cookies, storage, init scripts); disposing the lease closes those contexts, not the browser.
/// </summary>
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
    private static IPlaywright? _playwright;

    private readonly IBrowser _browser;
    private readonly List<IBrowserContext> _contexts = [];

    static Browser() => AppDomain.CurrentDomain.ProcessExit += (_, _) => CloseAll();

    private Browser(IBrowser browser) => _browser = browser;

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
            }

            return new Browser(browser);
        }
        finally
        {
            _starting.Release();
        }
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress, int width, int height, bool isMobile = false)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = isMobile,
            HasTouch = isMobile,
            Locale = "id-ID",
            // The pages honour "reduce motion" (a running text stands still, nothing pulses): without it Chromium
            // repaints a wall's running text sixty times a second in software for as long as the test keeps it
            // open, which was most of the browser tests' CPU.
            ReducedMotion = ReducedMotion.Reduce,
        });
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        return await context.NewPageAsync();
    }

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
        IBrowserContext[] contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
            _contexts.Clear();
        }

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }
}
