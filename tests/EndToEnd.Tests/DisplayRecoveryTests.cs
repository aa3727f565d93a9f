using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>
/// A speaking zone screen that nobody touches, in a tab that never becomes visible, through a server restart, a long
/// network loss and a connection that silently stops delivering: each time it is back on the current state within
/// 30 seconds of the server being reachable, never on an error page, and it shows and announces the next call.
/// </summary>
public class DisplayRecoveryTests
{
    private const int BackWithinSeconds = 30;

    /// <summary>The circuit's requests: its negotiation and its WebSocket.</summary>
    private static readonly Regex _circuit = new("/_blazor");

    private static readonly Dictionary<string, string> _quickBeat = new() { ["MppQueue:Display:HeartbeatSeconds"] = "2" };

    // A long outage in seconds: Blazor's reconnection gives up after 3 s (MppQueue:Display:ReconnectGiveUpSeconds;
    // by default it never does, and Blazor's own default gives up after some six minutes), and the watchdog hears
    // nothing after three 2-second beats and starts asking /healthz.
    private static readonly Dictionary<string, string> _longOutageInSeconds = new()
    {
        ["MppQueue:Display:HeartbeatSeconds"] = "2",
        ["MppQueue:Display:ReconnectGiveUpSeconds"] = "3",
    };

    [Fact]
    public async Task ServerRestart_SameAddress_ScreenComesBackByItselfAndAnnouncesTheNextCall()
    {
        var dataPath = MppQueueFactory.NewDataPath();
        try
        {
            await using var browser = await Browser.LaunchAsync(Browser.AutoplayFlag);
            WallScreen wall;
            int port;
            ScreenDevice screen;
            using (var first = new MppQueueFactory(dataPath))
            {
                var address = first.StartOnRealPort();
                port = address.Port;
                screen = Screens.Register(first, speaker: true);
                wall = await WallScreen.OpenAsync(browser, address, screen);
                await Expect(wall.Display.NoCalls).ToBeVisibleAsync();
            }

            await Expect(wall.Display.ReconnectBanner).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await wall.WaitForReconnectStateAsync("retrying:4", "The screen did not keep trying while the server was down");
            await wall.Display.SaveScreenshotAsync("display-server-down.png");

            using var second = new MppQueueFactory(dataPath);
            second.StartOnRealPort(port);
            var reachable = Stopwatch.StartNew();
            var meanwhile = Screens.IssueAndCall(second.Engine, "ktp-el", "loket-03");

            await Expect(wall.Display.NowCallingNumber).ToHaveTextAsync(meanwhile.Number.ToString(), new() { Timeout = BackWithinSeconds * 1000 });
            await Expect(wall.Display.ReconnectBanner).ToBeHiddenAsync();
            Assert.True(reachable.Elapsed < TimeSpan.FromSeconds(BackWithinSeconds), $"Back after {reachable.Elapsed}.");
            await wall.AssertAnnouncesTheNextCallAsync(second.Engine, "paspor", "loket-07");
            wall.AssertNeverOnAnErrorPage();
        }
        finally
        {
            MppQueueFactory.DeleteData(dataPath);
        }
    }

    [Fact]
    public async Task NetworkLoss_LongerThanTheReconnectGivesUp_ScreenComesBackByItselfAndShowsWhatHappened()
    {
        await using var speaker = await SpeakerWall.OpenAsync(_longOutageInSeconds, circuitRetention: TimeSpan.FromSeconds(2));
        var (factory, address, screen, browser, page) = speaker;
        var network = await Network.AttachAsync(page);
        var wall = await WallScreen.OpenAsync(browser, address, screen, page);
        var before = Screens.IssueAndCall(factory.Engine, "ktp-el", "loket-01");
        await Expect(wall.Display.NowCallingNumber).ToHaveTextAsync(before.Number.ToString());

        await network.GoDownAsync();
        await Expect(wall.Display.ReconnectBanner).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var meanwhile = Screens.IssueAndCall(factory.Engine, "skck", "loket-13");

        // Down until Blazor's reconnection has given up, the server has forgotten the screen's circuit (after 2 s
        // here, 3 minutes by default), and the watchdog, deaf for three beats, asks /healthz.
        await wall.WaitForReconnectStateAsync("failed", "Blazor's reconnection never gave up");
        await WaitForAsync(() => factory.Circuits.Closed > 0, "the server to forget the screen's circuit");
        await network.WaitForHealthProbeAsync();
        await wall.Display.SaveScreenshotAsync("display-offline.png");
        await Expect(wall.Display.NowCallingNumber).ToHaveTextAsync(before.Number.ToString());
        await network.ComeBackAsync();
        var reachable = Stopwatch.StartNew();

        await Expect(wall.Display.NowCallingNumber).ToHaveTextAsync(meanwhile.Number.ToString(), new() { Timeout = BackWithinSeconds * 1000 });
        Assert.True(reachable.Elapsed < TimeSpan.FromSeconds(BackWithinSeconds), $"Back after {reachable.Elapsed}.");
        await Expect(wall.Display.ReconnectBanner).ToBeHiddenAsync();
        await wall.AssertAnnouncesTheNextCallAsync(factory.Engine, "paspor", "loket-07");
        wall.AssertNeverOnAnErrorPage();
        Assert.DoesNotContain(await wall.PlayedAsync(), c => c.Sequence == meanwhile.LastSequence);
        Assert.Equal(0, await page.Locator(".components-reconnect-overlay, .components-reconnect-dialog").CountAsync());
    }

    [Fact]
    public async Task ConnectionStopsDelivering_WatchdogReloadsTheScreen_WhichShowsTheCallItMissed()
    {
        await using var speaker = await SpeakerWall.OpenAsync(_quickBeat);
        var (factory, address, screen, browser, page) = speaker;

        // The first circuit's connection stays open but stops passing anything from the server to the page, as a
        // half-dead proxy or a frozen network path would; later connections (after the reload) work.
        var connections = 0;
        using var stall = new CancellationTokenSource();
        await page.RouteWebSocketAsync(_circuit, socket =>
        {
            var stalled = Interlocked.Increment(ref connections) == 1;
            var server = socket.ConnectToServer();
            socket.OnMessage(frame => Forward(frame, server.Send, server.Send));
            server.OnMessage(frame =>
            {
                if (!stalled || !stall.IsCancellationRequested)
                {
                    Forward(frame, socket.Send, socket.Send);
                }
            });
        });
        var wall = await WallScreen.OpenAsync(browser, address, screen, page);
        await stall.CancelAsync();
        var missed = Screens.IssueAndCall(factory.Engine, "ktp-el", "loket-03");

        await Expect(wall.Display.NowCallingNumber).ToHaveTextAsync(missed.Number.ToString(), new() { Timeout = BackWithinSeconds * 1000 });
        Assert.True(await wall.Display.WasReloadedAsync(), "The screen showed the call without reloading: the connection was not stalled.");
        await wall.AssertAnnouncesTheNextCallAsync(factory.Engine, "paspor", "loket-07");
        Assert.Equal(2, Volatile.Read(ref connections));
        wall.AssertNeverOnAnErrorPage();
    }

    [Fact]
    public async Task ServerHealthyAgain_PageCameBackByItselfMeanwhile_DoesNotReload()
    {
        await using var speaker = await SpeakerWall.OpenAsync(_quickBeat);
        var (_, address, screen, browser, page) = speaker;
        var wall = await WallScreen.OpenAsync(browser, address, screen, page);

        // The server's health answer is held back until the page has come back by itself (as when its circuit
        // resumes while a reload waits on /healthz); the answer, healthy, must then not reload it.
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/healthz", async route =>
        {
            asked.TrySetResult();
            await answer.Task;
            var response = await route.FetchAsync();
            await route.FulfillAsync(new() { Response = response });
            answered.TrySetResult();
        });
        await page.EvaluateAsync("() => { window.__back = false; window.mppReconnect.reloadWhenHealthy(() => !window.__back); }");
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await page.EvaluateAsync("() => { window.__back = true; }");
        answer.SetResult();
        await answered.Task.WaitAsync(TimeSpan.FromSeconds(20));

        await Task.Delay(2_000);
        Assert.False(await wall.Display.WasReloadedAsync(), "The page reloaded although it had come back by itself.");
        await wall.AssertAnnouncesTheNextCallAsync(speaker.Factory.Engine, "paspor", "loket-07");

        // The same answer to a page still cut off does reload it.
        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Load += (_, _) => reloaded.TrySetResult();
        await page.EvaluateAsync("() => { window.mppReconnect.reloadWhenHealthy(() => true); }");
        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(await wall.Display.WasReloadedAsync());
        wall.AssertNeverOnAnErrorPage();
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for " + what + ".");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// The screen's network. Playwright's offline mode stops new requests but leaves an open WebSocket alone, so
    /// going down also cuts the circuit's open socket at both ends and refuses new ones, as a dead switch would.
    /// The socket is cut while the page is still online, so that its closing reaches the server at once: cut after
    /// the page went offline, the close was sometimes held back, and the server only noticed at its one-minute client
    /// timeout (<c>CircuitKeepAlive</c>). In between, the circuit's HTTP requests (its negotiation) are refused too.
    /// </summary>
    private sealed class Network
    {
        private readonly List<IWebSocketRoute> _open = [];
        private readonly IPage _page;
        private volatile bool _down;

        private readonly TaskCompletionSource _probedWhileDown = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private Network(IPage page)
        {
            _page = page;
            page.Request += (_, request) =>
            {
                if (_down && new Uri(request.Url).AbsolutePath == "/healthz")
                {
                    _probedWhileDown.TrySetResult();
                }
            };
        }

        /// <summary>Waits until the page, cut off, has asked /healthz whether it may reload.</summary>
        public async Task WaitForHealthProbeAsync()
        {
            var probed = await Task.WhenAny(_probedWhileDown.Task, Task.Delay(TimeSpan.FromSeconds(30)));
            Assert.True(probed == _probedWhileDown.Task, "The screen never asked /healthz while its network was down.");
        }

        public static async Task<Network> AttachAsync(IPage page)
        {
            var network = new Network(page);
            await page.RouteWebSocketAsync(_circuit, network.Connect);
            await page.RouteAsync(_circuit, route => network._down ? route.AbortAsync("internetdisconnected") : route.ContinueAsync());
            return network;
        }

        public async Task GoDownAsync()
        {
            _down = true;
            IWebSocketRoute[] open;
            lock (_open)
            {
                open = [.. _open];
                _open.Clear();
            }

            foreach (var end in open)
            {
                await end.CloseAsync(new() { Code = 1001, Reason = "network down" });
            }

            await _page.Context.SetOfflineAsync(true);
        }

        public async Task ComeBackAsync()
        {
            await _page.Context.SetOfflineAsync(false);
            _down = false;
        }

        private void Connect(IWebSocketRoute socket)
        {
            if (_down)
            {
                _ = socket.CloseAsync(new() { Code = 1001, Reason = "network down" });
                return;
            }

            var server = socket.ConnectToServer();
            lock (_open)
            {
                _open.Add(socket);
                _open.Add(server);
            }
        }
    }

    private static void Forward(IWebSocketFrame frame, Action<string> text, Action<byte[]> binary)
    {
        if (frame.Binary is { } bytes)
        {
            binary(bytes);
        }
        else
        {
            text(frame.Text ?? string.Empty);
        }
    }

    /// <summary>A speaking zone screen in a tab that reports itself hidden for ever, with every page it lands on recorded.</summary>
    private sealed class WallScreen
    {
        private readonly List<string> _landedOn = [];
        private readonly List<string> _reconnectStates = [];
        private readonly Uri _address;

        private WallScreen(IPage page, Uri address)
        {
            Page = page;
            _address = address;
            Display = new DisplayScreen(page);
            page.FrameNavigated += (_, frame) =>
            {
                if (frame.ParentFrame is null)
                {
                    lock (_landedOn)
                    {
                        _landedOn.Add(frame.Url);
                    }
                }
            };
        }

        public IPage Page { get; }

        public DisplayScreen Display { get; }

        public static async Task<WallScreen> OpenAsync(Browser browser, Uri address, ScreenDevice screen, IPage? page = null)
        {
            page ??= await browser.NewPageAsync(address, 1920, 1080);
            var wall = new WallScreen(page, address);

            // Every state Blazor's reconnection reports, on this page and the ones it reloads into.
            await page.ExposeFunctionAsync("__mppReconnectState", (string state) =>
            {
                lock (wall._reconnectStates)
                {
                    wall._reconnectStates.Add(state);
                }
            });
            await page.AddInitScriptAsync(
                """
                Object.defineProperty(document, "visibilityState", { get: () => "hidden" });
                Object.defineProperty(document, "hidden", { get: () => true });
                document.addEventListener("components-reconnect-state-changed", (e) => {
                  window.__mppReconnectState(e.detail.state);
                  if (e.detail.currentAttempt) { window.__mppReconnectState(e.detail.state + ":" + e.detail.currentAttempt); }
                }, true);
                """);
            await wall.Display.ShowAsync(MppQueue.Display.ScreenTexts.PathOf(screen));
            Assert.Equal("hidden", await page.EvaluateAsync<string>("() => document.visibilityState"));
            return wall;
        }

        public Task<IReadOnlyList<PlayedClip>> PlayedAsync() => Display.PlayedAsync();

        /// <summary>Waits for a state as Blazor reports it ("failed"), or for a retry by its attempt ("retrying:4").</summary>
        public async Task WaitForReconnectStateAsync(string state, string failure)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (true)
            {
                lock (_reconnectStates)
                {
                    if (_reconnectStates.Contains(state))
                    {
                        return;
                    }
                }

                Assert.True(DateTime.UtcNow < deadline, failure + ".");
                await Task.Delay(100);
            }
        }

        /// <summary>A call made now is shown and heard, with nobody touching the screen.</summary>
        public async Task AssertAnnouncesTheNextCallAsync(QueueEngine engine, string serviceId, string deskId)
        {
            await Display.WaitUntilLiveAsync();
            var next = Screens.IssueAndCall(engine, serviceId, deskId);
            await Expect(Display.NowCallingNumber).ToHaveTextAsync(next.Number.ToString(), new() { Timeout = ExpectDefaults.LiveMilliseconds });
            var expected = Screens.ClipsOf(next, engine);
            var heard = await Display.WaitForAnnouncementAsync(next.LastSequence, expected.Count);
            if (!expected.SequenceEqual(heard))
            {
                // What the page's announcer knew then (once seen under load: the call shown, nothing heard).
                var announcer = await Page.EvaluateAsync<string>(
                    "() => JSON.stringify({ sound: window.mppAnnouncer?.sound(), pending: window.mppAnnouncer?.pending(), progress: window.mppAnnouncer?.progress(), " +
                    "played: window.mppAnnouncer?.log.slice(-8), spoken: window.mppAnnouncer?.spoken.slice(-4) })");
                Assert.Fail($"Expected [{string.Join(", ", expected)}] for call {next.LastSequence}, heard [{string.Join(", ", heard)}]; " +
                    $"the announcer: {announcer}; pages landed on: {Landings()}; reconnect states: {States()}.");
            }
        }

        private string Landings()
        {
            lock (_landedOn)
            {
                return string.Join(" ", _landedOn);
            }
        }

        private string States()
        {
            lock (_reconnectStates)
            {
                return string.Join(" ", _reconnectStates);
            }
        }

        public void AssertNeverOnAnErrorPage()
        {
            lock (_landedOn)
            {
                Assert.NotEmpty(_landedOn);
                Assert.All(_landedOn, url => Assert.StartsWith(_address.AbsoluteUri, url, StringComparison.Ordinal));
            }
        }
    }
}
