using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright (no browser download), with the flags this machine needs.</summary>
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

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <param name="extraFlags">Flags beyond the ones this machine needs, e.g. <see cref="AutoplayFlag"/>.</param>
    public static async Task<Browser> LaunchAsync(params string[] extraFlags)
    {
        Assert.True(System.IO.File.Exists(ChromiumPath), "Chromium is missing: apt-get install -y chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = [.. _flags, .. extraFlags],
        });
        return new Browser(playwright, browser);
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
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
