using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

public sealed class DisplayScreen(IPage page) : Screen(page)
{
    private const string ReloadMarker = "window.__mppNoReload";

    /// <summary>Opens the display, picks the zone as a technician would, and marks the page so a reload would show.</summary>
    public async Task ShowZoneAsync(string zoneId)
    {
        await OpenAsync("/display");
        await Page.Locator($"[data-testid='zone'][data-zone-id='{zoneId}']").ClickAsync();
        await TestId("display").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await WaitUntilInteractiveAsync();
        await Page.EvaluateAsync($"() => {ReloadMarker} = 'still here'");
    }

    public ILocator NoCalls => TestId("display-no-calls");

    public ILocator NowCallingNumber => TestId("display-now-number");

    public ILocator NowCallingDesk => TestId("display-now-desk");

    public ILocator LastCalls => TestId("display-last-calls");

    public ILocator ReconnectBanner => Page.Locator("#components-reconnect-modal");

    public async Task<bool> WasReloadedAsync() => await Page.EvaluateAsync<string?>($"() => {ReloadMarker} ?? null") != "still here";
}
