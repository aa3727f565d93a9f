using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>/live in a browser: a static page kept current by its event stream (no circuit).</summary>
public sealed class LiveScreen(IPage page) : Screen(page)
{
    private const string ReloadMarker = "window.__liveLoadedOnce";

    /// <summary>Opens /live (or /live/wall) and waits until the stream has delivered its first message.</summary>
    public async Task OpenAsync(bool wall)
    {
        await Page.OpenPathAsync(wall ? "/live/wall" : "/live");
        await Page.Locator("html[data-live-connected='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)Patience.TotalMilliseconds });
        await Page.EvaluateAsync($"() => {{ {ReloadMarker} = 'still here'; }}");
    }

    /// <summary>The numbers at the service's desks, as the page shows them ("SK001 Loket 13").</summary>
    public ILocator Serving(string serviceId) => Page.Locator($"[data-testid='live-service'][data-service-id='{serviceId}'] [data-testid='live-serving']");

    public ILocator Waiting(string serviceId) => Page.Locator($"[data-testid='live-service'][data-service-id='{serviceId}'] [data-testid='live-waiting']");

    /// <summary>The zone's latest call, at the top of its list.</summary>
    public ILocator LatestCall(string zoneId) => Page.Locator($"[data-testid='live-zone'][data-zone-id='{zoneId}'] li").First;

    /// <summary>
    /// The wall's page now: how many services it shows, the smallest type of their names in vmin, and whether a shown
    /// row reaches past the bottom of the screen.
    /// </summary>
    public async Task<(int Services, double SmallestNameVmin, bool Overflows)> WallPageAsync()
    {
        var measured = await Page.EvaluateAsync<double[]>(
            """
            () => {
              const rows = [...document.querySelectorAll("[data-testid='live-service']")].filter(r => r.offsetParent !== null);
              const vmin = Math.min(innerWidth, innerHeight) / 100;
              const smallest = Math.min(...rows.map(r => parseFloat(getComputedStyle(r.querySelector('.lw-name-text')).fontSize)));
              const overflows = rows.some(r => r.getBoundingClientRect().bottom > innerHeight);
              return [rows.length, smallest / vmin, overflows ? 1 : 0];
            }
            """);
        return ((int)measured[0], measured[1], measured[2] > 0);
    }

    public async Task<bool> WasReloadedAsync() => await Page.EvaluateAsync<string?>($"() => {ReloadMarker} ?? null") != "still here";
}
