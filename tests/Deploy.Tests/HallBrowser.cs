using Microsoft.Playwright;

namespace MppQueue.Deploy.Tests;

/// <summary>
/// One Debian Chromium (driven by Playwright, no browser download) for the devices of a hall: each device a browser
/// context of its own (its own cookies, as a machine of its own), with "reduce motion" so that nothing repaints for
/// nothing. Every page from it connects from 127.0.0.1.
/// </summary>
public sealed class HallBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HallBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<HallBrowser> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath), "Chromium is missing: apt-get install -y chromium");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args =
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                ],
            });
            return new HallBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A device's page on the server at <paramref name="address"/> (paths are resolved against it).</summary>
    public async Task<IPage> NewDeviceAsync(Uri address, int width, int height)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.AbsoluteUri,
            Locale = "id-ID",
            ReducedMotion = ReducedMotion.Reduce,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();

        // Eleven pages open while eight kiosks issue and the rest of CI runs beside: a first load can take longer than
        // Playwright's 30 s default on a 2-core machine (it did once, on a counter page, before the kill).
        page.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
