using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace MppQueue.Deploy.Tests;

/// <summary>
/// An officer at a desk, in a browser context of their own: signs in on the counter, sits at the desk, then calls the
/// next visitor and finishes, again and again, only through the page (there is no HTTP call-next). When the node
/// behind the page dies, the page is left to recover by itself (reconnect.js): the loop never navigates or reloads,
/// it only waits until the console answers again.
/// </summary>
public sealed class CounterDesk
{
    public const string DemoPassword = "mpp-demo-2026";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, DateTime?> _calls = new(StringComparer.Ordinal);

    private CounterDesk(IPage page, string deskId, bool throughNginx)
    {
        Page = page;
        DeskId = deskId;
        ThroughNginx = throughNginx;
    }

    public IPage Page { get; }

    public string DeskId { get; }

    /// <summary>Whether the page reaches its node through nginx (and so lands on the node 127.0.0.1 hashes to).</summary>
    public bool ThroughNginx { get; }

    /// <summary>
    /// The numbers that came up at this desk, each with when "call next" was pressed for it (UTC), or null when the
    /// page found it already called (a call whose answer was lost with a node, shown again after the page recovered).
    /// </summary>
    public IReadOnlyDictionary<string, DateTime?> Calls => _calls;

    /// <summary>Whether a call was pressed on this page after <paramref name="instant"/> and its number came up.</summary>
    public bool CalledAfter(DateTime instant) => _calls.Values.Any(at => at > instant);

    /// <summary>Signs in as <paramref name="userName"/> on the page's server and sits at the desk, its console live.</summary>
    public static async Task<CounterDesk> SitDownAsync(IPage page, string userName, string deskId, bool throughNginx)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/signin?returnUrl=%2Fcounter");
        await page.Locator("[data-testid='signin-user']").FillAsync(userName);
        await page.Locator("[data-testid='signin-password']").FillAsync(DemoPassword);
        await page.Locator("[data-testid='signin-submit']").ClickAsync();
        await page.WaitForURLAsync("**/counter", new() { Timeout = (float)Patience.TotalMilliseconds, WaitUntil = WaitUntilState.Commit });
        await Interactive(page).WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await page.Locator($"[data-testid='desk'][data-desk-id='{deskId}'] [data-testid='choose-desk']").ClickAsync();
        await page.Locator("[data-testid='call-next']").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await Interactive(page).WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        return new CounterDesk(page, deskId, throughNginx);
    }

    /// <summary>
    /// Calls the next visitor and finishes, until <paramref name="stop"/> is cancelled. A step that gets no answer (the
    /// page's node is gone, nothing is waiting) is simply tried again from what the console shows then.
    /// </summary>
    public async Task WorkAsync(CancellationToken stop)
    {
        var stage = Page.Locator("[data-testid='console']");
        var quick = new LocatorGetAttributeOptions { Timeout = 2_000 };
        while (!stop.IsCancellationRequested)
        {
            try
            {
                switch (await stage.GetAttributeAsync("data-stage", quick))
                {
                    case "Called" or "Serving":
                        _calls.TryAdd(await CurrentNumberAsync(), null);
                        await Press("finish");
                        await Stage("Idle").WaitForAsync(new() { Timeout = 3_000 });
                        break;
                    case "Idle":
                        var pressedAt = DateTime.UtcNow;
                        await Press("call-next");
                        await Stage("Called").WaitForAsync(new() { Timeout = 1_500 });
                        _calls.TryAdd(await CurrentNumberAsync(), pressedAt);
                        break;
                    default:
                        await Task.Delay(300, CancellationToken.None);
                        break;
                }
            }
            catch (Exception failed) when (failed is PlaywrightException or TimeoutException)
            {
                // No answer in time (nothing waiting, or the circuit is gone until the page recovers): look again.
            }
        }
    }

    private static ILocator Interactive(IPage page) => page.Locator("[data-interactive='true']");

    private ILocator Stage(string stage) => Page.Locator($"[data-testid='console'][data-stage='{stage}']");

    // A click event straight on the button: a message at the top may cover it, which an officer would not mind.
    private Task Press(string button) =>
        Page.Locator($"[data-testid='{button}']").DispatchEventAsync("click", null, new() { Timeout = 2_000 });

    private async Task<string> CurrentNumberAsync() =>
        (await Page.Locator("[data-testid='current-number']").InnerTextAsync(new() { Timeout = 2_000 })).Trim();
}
