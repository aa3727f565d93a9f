using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>A call on an open zone screen: seen at once and highlighted, heard in the right order, never heard twice by a reload.</summary>
public partial class DisplayCallTests
{
    private static readonly Dictionary<string, string> _quick = new()
    {
        ["MppQueue:Display:HeartbeatSeconds"] = "2",
        ["MppQueue:Display:HighlightSeconds"] = "3",
    };

    [Fact]
    public async Task Call_ZoneScreenOpen_AppearsLiveHighlightedWithoutReload()
    {
        using var factory = new MppQueueFactory(settings: _quick);
        var address = factory.StartOnRealPort();
        await using var browser = await Browser.LaunchAsync();
        var display = new DisplayScreen(await browser.NewPageAsync(address, 1920, 1080));
        await display.ShowZoneAsync("zona-1");
        await Expect(display.NoCalls).ToBeVisibleAsync();

        var engine = factory.Engine;
        var issued = engine.Issue(new IssueRequest("ktp-el"));
        engine.CallNext("loket-03");

        // How fast is the benchmarks' to say (bench/LivePages prints the call-to-wall p50 and p99); a test on shared,
        // noisy machines only proves that the call comes by itself, without a reload.
        var number = issued.Number.ToString();
        await Expect(display.NowCallingNumber).ToHaveTextAsync(number, new() { Timeout = ExpectDefaults.LiveMilliseconds });
        await Expect(display.NowCalling).ToHaveClassAsync(Fresh(), new() { Timeout = 1_000 });
        await Expect(display.NowCallingDesk).ToHaveTextAsync("Loket 3");
        await display.SaveScreenshotAsync("display-call-highlighted.png");
        Assert.False(await display.WasReloadedAsync(), "The screen reloaded to show the call.");

        // The highlight lasts a few seconds (3 here), then the call stays without it.
        await Expect(display.NowCalling).Not.ToHaveClassAsync(Fresh(), new() { Timeout = 10_000 });
        await Expect(display.NowCallingNumber).ToHaveTextAsync(number);
    }

    [Fact]
    public async Task Call_SpeakerScreen_RequestsAndPlaysTheClipsInSpokenOrder_AndARecallIsHeardAgain()
    {
        await using var wall = await SpeakerWall.OpenAsync(_quick);
        var (factory, screen) = (wall.Factory, wall.Screen);
        var display = new DisplayScreen(wall.Page);
        var requested = new List<string>();
        display.Page.Request += (_, request) =>
        {
            if (ClipRequest().Match(request.Url) is { Success: true } clip)
            {
                lock (requested)
                {
                    requested.Add(Uri.UnescapeDataString(clip.Groups[1].Value));
                }
            }
        };
        await display.ShowAsync(ScreenPath(screen));

        var engine = factory.Engine;
        var called = Screens.IssueAndCall(engine, "ktp-el", "loket-03");
        var expected = Screens.ClipsOf(called, engine);
        var played = await display.WaitForAnnouncementAsync(called.LastSequence, expected.Count);

        Assert.Equal(["chime", "nomor-antrian", "huruf-a", "satu", "silakan-menuju-loket", "tiga"], expected);
        Assert.Equal(expected, played);
        lock (requested)
        {
            Assert.Equal(expected, requested);
        }

        var recalled = engine.Recall("loket-03", called.Id);
        var replayed = await display.WaitForAnnouncementAsync(recalled.LastSequence, expected.Count);
        Assert.Equal(expected, replayed);
        await Expect(display.SoundNotice).ToBeHiddenAsync();
        Assert.False(await display.WasReloadedAsync());
    }

    [Fact]
    public async Task Call_SpeakerScreenWhoseSoundStopped_StartsItAgainByItselfAndIsHeard()
    {
        await using var wall = await SpeakerWall.OpenAsync(_quick);
        var (factory, screen) = (wall.Factory, wall.Screen);
        var page = wall.Page;

        // The page's AudioContext kept at hand, to stop its sound as a TV's audio output stops (the browser's audio
        // service restarts, the HDMI sink goes away and comes back).
        await page.AddInitScriptAsync(
            """
            (() => {
              const Base = window.AudioContext;
              window.AudioContext = class extends Base {
                constructor(...args) { super(...args); window.__mppAudio = this; }
              };
            })();
            """);
        var display = new DisplayScreen(page);
        await display.ShowAsync(ScreenPath(screen));
        await page.WaitForFunctionAsync("() => window.__mppAudio?.state === 'running'");
        await page.EvaluateAsync("() => window.__mppAudio.suspend()");
        Assert.Equal("suspended", await page.EvaluateAsync<string>("() => window.__mppAudio.state"));

        // Nobody touches the screen: the call itself asks for the sound again.
        var called = Screens.IssueAndCall(factory.Engine, "ktp-el", "loket-03");
        var expected = Screens.ClipsOf(called, factory.Engine);
        Assert.Equal(expected, await display.WaitForAnnouncementAsync(called.LastSequence, expected.Count));
        await Expect(display.SoundNotice).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Call_SpeakerScreenWhoseClipRequestsFailOnce_AsksAgainAndSaysTheWholeCall()
    {
        await using var wall = await SpeakerWall.OpenAsync(_quick);
        var (factory, screen) = (wall.Factory, wall.Screen);
        var display = new DisplayScreen(wall.Page);

        // The hall's network drops the first request of every clip, as a switch coming back does.
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        await display.Page.RouteAsync(ClipRequest(), async route =>
        {
            bool first;
            lock (dropped)
            {
                first = dropped.Add(route.Request.Url);
            }

            if (first)
            {
                await route.AbortAsync("connectionreset");
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await display.ShowAsync(ScreenPath(screen));

        var called = Screens.IssueAndCall(factory.Engine, "ktp-el", "loket-03");
        var expected = Screens.ClipsOf(called, factory.Engine);
        Assert.Equal(expected, await display.WaitForAnnouncementAsync(called.LastSequence, expected.Count));
        lock (dropped)
        {
            Assert.Equal(expected.Count, dropped.Count);
        }
    }

    [Fact]
    public async Task Reload_AfterACallWasAnnounced_DoesNotAnnounceItAgain_ButTheNextCallIs()
    {
        await using var wall = await SpeakerWall.OpenAsync(_quick);
        var (factory, screen) = (wall.Factory, wall.Screen);
        var display = new DisplayScreen(wall.Page);
        await display.ShowAsync(ScreenPath(screen));
        var engine = factory.Engine;
        var first = Screens.IssueAndCall(engine, "ktp-el", "loket-03");
        Assert.NotEmpty(await display.WaitForAnnouncementAsync(first.LastSequence, Screens.ClipsOf(first, engine).Count));

        await display.ReloadAsync();
        await Expect(display.NowCallingNumber).ToHaveTextAsync(first.Number.ToString());

        // Several beats (2 s each) reach the reloaded screen: nothing is played.
        await display.WaitForBeatsAsync(2);
        Assert.Empty(await display.PlayedAsync());
        await Expect(display.NowCalling).Not.ToHaveClassAsync(Fresh());

        engine.Finish("loket-03", first.Id);
        var second = Screens.IssueAndCall(engine, "ktp-el", "loket-03");
        var played = await display.WaitForAnnouncementAsync(second.LastSequence, Screens.ClipsOf(second, engine).Count);
        Assert.Equal(Screens.ClipsOf(second, engine), played);
        Assert.DoesNotContain(await display.PlayedAsync(), c => c.Sequence == first.LastSequence);
    }

    [Fact]
    public async Task AutoplayBlocked_SpeakerScreen_AsksForATapAndSpeaksAfterIt()
    {
        await using var wall = await SpeakerWall.OpenAsync(_quick, autoplay: false);
        var (factory, screen) = (wall.Factory, wall.Screen);
        var display = new DisplayScreen(wall.Page);
        await display.ShowUntouchedAsync(ScreenPath(screen));

        await WaitForAsync(() => Screens.Registry(factory).FindByToken(screen.Token)?.Sound == ScreenSound.Blocked, "the registry to hear that the sound is blocked");
        await Expect(display.SoundNotice).ToBeVisibleAsync();
        await Expect(display.SoundNotice).ToHaveTextAsync("Ketuk untuk mengaktifkan suara");
        await display.SaveScreenshotAsync("display-sound-blocked.png");

        await display.SoundNotice.ClickAsync();
        await Expect(display.SoundNotice).ToBeHiddenAsync();
        var engine = factory.Engine;
        var called = Screens.IssueAndCall(engine, "ktp-el", "loket-03");

        Assert.Equal(Screens.ClipsOf(called, engine), await display.WaitForAnnouncementAsync(called.LastSequence, Screens.ClipsOf(called, engine).Count));
        await WaitForAsync(() => Screens.Registry(factory).FindByToken(screen.Token)?.Sound == ScreenSound.Ready, "the registry to hear that the sound works");
    }

    [Fact]
    public async Task Call_UnregisteredOrSilentScreen_ShowsItButPlaysNothing()
    {
        using var factory = new MppQueueFactory(settings: _quick);
        var address = factory.StartOnRealPort();
        var silent = Screens.Register(factory, speaker: false);
        await using var browser = await Browser.LaunchAsync(Browser.AutoplayFlag);
        var registered = new DisplayScreen(await browser.NewPageAsync(address, 1920, 1080));
        await registered.ShowAsync(ScreenPath(silent));
        var anonymous = new DisplayScreen(await browser.NewPageAsync(address, 1920, 1080));
        await anonymous.ShowAsync("/display/zona-1");

        var called = Screens.IssueAndCall(factory.Engine, "ktp-el", "loket-03");

        await Expect(registered.NowCallingNumber).ToHaveTextAsync(called.Number.ToString());
        await Expect(anonymous.NowCallingNumber).ToHaveTextAsync(called.Number.ToString());
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(await registered.PlayedAsync());
        Assert.Empty(await anonymous.PlayedAsync());
        await Expect(registered.SoundNotice).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Call_DeskScreen_ShowsTheDesksNumberLiveAndHighlighted()
    {
        using var factory = new MppQueueFactory(settings: _quick);
        var address = factory.StartOnRealPort();
        await using var browser = await Browser.LaunchAsync();
        var display = new DisplayScreen(await browser.NewPageAsync(address, 1280, 720));
        await display.ShowAsync("/display/desk/loket-03");
        await Expect(display.DeskStatus).ToBeVisibleAsync();

        var called = Screens.IssueAndCall(factory.Engine, "ktp-el", "loket-03");

        await Expect(display.DeskNumber).ToHaveTextAsync(called.Number.ToString(), new() { Timeout = ExpectDefaults.LiveMilliseconds });
        await Expect(display.DeskStatus).ToHaveTextAsync("Dipanggil");
        await Expect(display.Page.Locator("[data-testid='desk-display']")).ToHaveClassAsync(Fresh());
        await display.SaveScreenshotAsync("display-desk-1280x720.png");
        factory.Engine.StartServing("loket-03", called.Id);
        await Expect(display.DeskStatus).ToHaveTextAsync("Sedang dilayani");
        Assert.False(await display.WasReloadedAsync());
    }

    private static string ScreenPath(ScreenDevice screen) => MppQueue.Display.ScreenTexts.PathOf(screen);

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for " + what + ".");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"\bfresh\b")]
    private static partial Regex Fresh();

    [GeneratedRegex(@"/audio/id/([^/?]+)\.ogg")]
    private static partial Regex ClipRequest();
}
