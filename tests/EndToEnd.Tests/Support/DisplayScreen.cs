using System.Text.Json;
using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

public sealed class DisplayScreen(IPage page) : Screen(page)
{
    private const string ReloadMarker = "window.__mppNoReload";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    /// <summary>Opens the display, picks the zone as a technician would, and marks the page so a reload would show.</summary>
    public async Task ShowZoneAsync(string zoneId)
    {
        await OpenAsync("/display");
        await Page.Locator($"[data-testid='zone'][data-zone-id='{zoneId}']").ClickAsync();
        await TestId("display").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await WaitUntilInteractiveAsync();
        await MarkAsync();
    }

    /// <summary>Opens a screen's own address (as a TV's start page does), waits until it is live, and marks it.</summary>
    public async Task ShowAsync(string path)
    {
        await OpenAsync(path);
        await WaitUntilLiveAsync();
        await MarkAsync();
    }

    /// <summary>
    /// Waits until the circuit listens for calls and screen.js has started: a prerendered page already shows the
    /// calls, but hears of new ones only from then on.
    /// </summary>
    public async Task WaitUntilLiveAsync()
    {
        await WaitUntilInteractiveAsync();
        await Page.WaitForFunctionAsync("() => window.mppAnnouncer && window.mppAnnouncer.started", null, new() { Timeout = (float)Patience.TotalMilliseconds });
    }

    /// <summary>
    /// Only navigates, as a TV that nobody touches: Playwright runs every locator and script as a user gesture,
    /// which would let the page play sound as if someone had tapped it. Wait on the server's side before looking.
    /// </summary>
    public Task ShowUntouchedAsync(string path) => Page.OpenPathAsync(path);

    /// <summary>Reloads as a person pressing F5 would, and waits until the screen is live again.</summary>
    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await WaitUntilLiveAsync();
        await MarkAsync();
    }

    public ILocator NoCalls => TestId("display-no-calls");

    public ILocator NowCalling => TestId("display-now");

    public ILocator NowCallingNumber => TestId("display-now-number");

    public ILocator NowCallingDesk => TestId("display-now-desk");

    public ILocator LastCalls => TestId("display-last-calls");

    public ILocator DeskNumber => TestId("desk-number");

    public ILocator DeskStatus => TestId("desk-status");

    public ILocator SoundNotice => TestId("sound-notice");

    public ILocator ReconnectBanner => Page.Locator("#components-reconnect-modal");

    public async Task<bool> WasReloadedAsync() => await Page.EvaluateAsync<string?>($"() => {ReloadMarker} ?? null") != "still here";

    /// <summary>The clips the screen has played so far (screen.js keeps the list), oldest first.</summary>
    public async Task<IReadOnlyList<PlayedClip>> PlayedAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.mppAnnouncer ? window.mppAnnouncer.log : [])");
        return JsonSerializer.Deserialize<List<PlayedClip>>(json, _json) ?? [];
    }

    /// <summary>Waits until the clips of one call (by its sequence) have all been played, and returns them in order.</summary>
    public async Task<IReadOnlyList<string>> WaitForAnnouncementAsync(long sequence, int clipCount)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var clips = (await PlayedAsync()).Where(c => c.Sequence == sequence).Select(c => c.Clip).ToList();
            if (clips.Count >= clipCount || DateTime.UtcNow > deadline)
            {
                return clips;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the server's heartbeat has reached the page this many more times (screen.js hands each to the watchdog).</summary>
    public async Task WaitForBeatsAsync(int count)
    {
        await Page.EvaluateAsync(
            """
            () => {
              window.__beats = 0;
              const watchdog = window.mppWatchdog;
              if (!watchdog.__counted) {
                const beat = watchdog.beat.bind(watchdog);
                watchdog.beat = (seconds) => { window.__beats += 1; beat(seconds); };
                watchdog.__counted = true;
              }
            }
            """);
        await Page.WaitForFunctionAsync($"() => window.__beats >= {count}", null, new() { Timeout = (float)Patience.TotalMilliseconds });
    }

    private async Task MarkAsync() => await Page.EvaluateAsync($"() => {ReloadMarker} = 'still here'");
}

/// <summary>One clip as screen.js played it, with the sequence of the call it belongs to.</summary>
public sealed record PlayedClip(long Sequence, string Clip);
