using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MppQueue.Deploy.Tests;

/// <summary>
/// An officer at a desk, in a browser context of their own: signs in on the counter, sits at the desk, then calls the
/// next visitor and finishes, again and again, only through the page (there is no HTTP call-next). When the node
/// behind the page dies, the page is left to recover by itself (reconnect.js): the loop never navigates or reloads,
/// it only waits until the console answers again.
/// </summary>
public sealed partial class CounterDesk
{
    public const string DemoPassword = "mpp-demo-2026";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

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
    /// The numbers that came up at this desk, each with when "call next" was last pressed before it came up (UTC): the
    /// call was made then or later (a press may get its answer late, or lose it with a node and the page show the call
    /// again once it has recovered). Null for a number found at the desk before the first press.
    /// </summary>
    public IReadOnlyDictionary<string, DateTime?> Calls => _calls;

    /// <summary>Whether a number came up that was called after <paramref name="instant"/>.</summary>
    public bool CalledAfter(DateTime instant) => _calls.Values.Any(at => at > instant);

    /// <summary>
    /// Signs in as <paramref name="userName"/> on the page's server (the sign-in form posted as the browser would, with
    /// the browser's cookies, but without drawing the form: that costs CPU the test has better use for), opens the desk's
    /// console, and sits down there.
    /// </summary>
    public static async Task<CounterDesk> SitDownAsync(IPage page, string userName, string deskId, bool throughNginx)
    {
        ArgumentNullException.ThrowIfNull(page);
        var returnUrl = "/counter/" + deskId;
        var form = await page.APIRequest.GetAsync("/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var token = AntiforgeryToken().Match(await form.TextAsync());
        Assert.True(token.Success, "The sign-in page has no antiforgery token.");
        var signedIn = await page.APIRequest.PostAsync("/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl), new()
        {
            Form = page.APIRequest.CreateFormData()
                .Set("_handler", "signin")
                .Set("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups["value"].Value))
                .Set("Input.UserName", userName)
                .Set("Input.Password", DemoPassword),
            MaxRedirects = 0,
        });
        Assert.True(signedIn.Status == 302 && signedIn.Headers.GetValueOrDefault("location", string.Empty).EndsWith(returnUrl, StringComparison.Ordinal), $"{userName} was not signed in: {signedIn.Status}.");

        await page.GotoAsync(returnUrl);
        await Interactive(page).WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await page.Locator("[data-testid='sit-down']").ClickAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await page.Locator("[data-testid='call-next']").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        return new CounterDesk(page, deskId, throughNginx);
    }

    /// <summary>
    /// Calls the next visitor and finishes, until <paramref name="stop"/> is cancelled. A step that gets no answer (the
    /// page's node is gone, nothing is waiting) is simply tried again from what the console shows then.
    /// </summary>
    // How long a desk serves a called ticket, and waits after a press that found nobody, before its next press.
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(1200);

    public async Task WorkAsync(CancellationToken stop)
    {
        var stage = Page.Locator("[data-testid='console']");
        var quick = new LocatorGetAttributeOptions { Timeout = 2_000 };
        DateTime? pressedAt = null;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                switch (await stage.GetAttributeAsync("data-stage", quick))
                {
                    case "Called" or "Serving":
                        _calls.TryAdd(await CurrentNumberAsync(), pressedAt);

                        // A short service, not a press as fast as the browser can: ten desks pressing without pause
                        // cost the machine more than the rest of the test together and prove nothing more.
                        await Task.Delay(Pace, CancellationToken.None);
                        await Press("finish");
                        await Stage("Idle").WaitForAsync(new() { Timeout = 3_000 });
                        break;
                    case "Idle":
                        pressedAt = DateTime.UtcNow;
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
                // No answer in time (nothing waiting, or the circuit is gone until the page recovers): look again soon.
                await Task.Delay(Pace, CancellationToken.None);
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private static ILocator Interactive(IPage page) => page.Locator("[data-interactive='true']");

    private ILocator Stage(string stage) => Page.Locator($"[data-testid='console'][data-stage='{stage}']");

    // A click event straight on the button: a message at the top may cover it, which an officer would not mind.
    private Task Press(string button) =>
        Page.Locator($"[data-testid='{button}']").DispatchEventAsync("click", null, new() { Timeout = 2_000 });

    private async Task<string> CurrentNumberAsync() =>
        (await Page.Locator("[data-testid='current-number']").InnerTextAsync(new() { Timeout = 2_000 })).Trim();
}
