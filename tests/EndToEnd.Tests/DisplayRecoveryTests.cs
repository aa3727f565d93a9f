using System.Diagnostics;
using System.Globalization;
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

    // Blazor's default reconnection gives up after 30 attempts: 10 at once, 10 five seconds apart, 10 thirty seconds
    // apart, about 6 minutes when every attempt fails at once (offline). The network stays down longer than that.
    private static readonly TimeSpan _offline = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("MPPQUEUE_E2E_OFFLINE_SECONDS"), CultureInfo.InvariantCulture, out var seconds) ? seconds : 380);

    private static readonly Dictionary<string, string> _quickBeat = new() { ["MppQueue:Display:HeartbeatSeconds"] = "2" };

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
            await Task.Delay(TimeSpan.FromSeconds(10));
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
    public async Task NetworkLoss_LongerThanTheDefaultReconnectGivesUp_ScreenComesBackByItselfAndShowsWhatHappened()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var screen = Screens.Register(factory, speaker: true);
        await using var browser = await Browser.LaunchAsync(Browser.AutoplayFlag);
        var page = await browser.NewPageAsync(address, 1920, 1080);
        var network = await Network.AttachAsync(page);
        var wall = await WallScreen.OpenAsync(browser, address, screen, page);
        var before = Screens.IssueAndCall(factory.Engine, "ktp-el", "loket-01");
        await Expect(wall.Display.NowCallingNumber).ToHaveTextAsync(before.Number.ToString());

        await network.GoDownAsync();
        await Expect(wall.Display.ReconnectBanner).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var meanwhile = Screens.IssueAndCall(factory.Engine, "skck", "loket-13");
        await Task.Delay(_offline);
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
        using var factory = new MppQueueFactory(settings: _quickBeat);
        var address = factory.StartOnRealPort();
        var screen = Screens.Register(factory, speaker: true);
        await using var browser = await Browser.LaunchAsync(Browser.AutoplayFlag);
        var page = await browser.NewPageAsync(address, 1920, 1080);

        // The first circuit's connection stays open but stops passing anything from the server to the page, as a
        // half-dead proxy or a frozen network path would; later connections (after the reload) work.
        var connections = 0;
        using var stall = new CancellationTokenSource();
        await page.RouteWebSocketAsync(new System.Text.RegularExpressions.Regex("/_blazor"), socket =>
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

    /// <summary>
    /// The screen's network. Playwright's offline mode stops new requests but leaves an open WebSocket alone, so
    /// going down also cuts the circuit's open socket at both ends and refuses new ones, as a dead switch would.
    /// </summary>
    private sealed class Network
    {
        private readonly List<IWebSocketRoute> _open = [];
        private readonly IPage _page;
        private volatile bool _down;

        private Network(IPage page) => _page = page;

        public static async Task<Network> AttachAsync(IPage page)
        {
            var network = new Network(page);
            await page.RouteWebSocketAsync(new System.Text.RegularExpressions.Regex("/_blazor"), network.Connect);
            return network;
        }

        public async Task GoDownAsync()
        {
            _down = true;
            await _page.Context.SetOfflineAsync(true);
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
            await page.AddInitScriptAsync(
                """
                Object.defineProperty(document, "visibilityState", { get: () => "hidden" });
                Object.defineProperty(document, "hidden", { get: () => true });
                """);
            var wall = new WallScreen(page, address);
            await wall.Display.ShowAsync(MppQueue.Display.ScreenTexts.PathOf(screen));
            Assert.Equal("hidden", await page.EvaluateAsync<string>("() => document.visibilityState"));
            return wall;
        }

        public Task<IReadOnlyList<PlayedClip>> PlayedAsync() => Display.PlayedAsync();

        /// <summary>A call made now is shown and heard, with nobody touching the screen.</summary>
        public async Task AssertAnnouncesTheNextCallAsync(QueueEngine engine, string serviceId, string deskId)
        {
            await Display.WaitUntilLiveAsync();
            var next = Screens.IssueAndCall(engine, serviceId, deskId);
            await Expect(Display.NowCallingNumber).ToHaveTextAsync(next.Number.ToString(), new() { Timeout = 5_000 });
            var expected = Screens.ClipsOf(next, engine);
            Assert.Equal(expected, await Display.WaitForAnnouncementAsync(next.LastSequence, expected.Count));
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
