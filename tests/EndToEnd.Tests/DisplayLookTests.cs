using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>
/// The screens as a visitor sees them, at the sizes TVs have: a busy morning in zone 1, landscape and portrait,
/// with and without the media area. The screenshots go to TestResults/artifacts/ to be looked at.
/// </summary>
public sealed class DisplayLookTests : IDisposable
{
    private readonly string _media = Path.Combine(Path.GetTempPath(), "mppqueue-media", Guid.NewGuid().ToString("N"));

    public DisplayLookTests()
    {
        Directory.CreateDirectory(_media);
        File.WriteAllText(Path.Combine(_media, "logo.svg"), Logo);
        File.WriteAllText(Path.Combine(_media, "01-paspor.svg"), Slide("#0B6E4F", "Paspor elektronik", "Kini bisa di MPP, lantai 1"));
        File.WriteAllText(Path.Combine(_media, "02-skm.svg"), Slide("#7A1F5C", "Survei Kepuasan", "Pindai QR pada tiket Anda"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_media, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Theory]
    [InlineData(1920, 1080, false, "skck")]
    [InlineData(1920, 1080, false, "ktp-el")] // A four-character number is set largest: the card's tallest content.
    [InlineData(1920, 1080, true, "skck")]
    [InlineData(1080, 1920, true, "skck")] // A portrait screen with its media shows the tightest layout of the three.
    public async Task ZoneScreen_BusyMorning_ReadsFromAcrossTheHall(int width, int height, bool withMedia, string lastCalled)
    {
        var settings = withMedia ? new Dictionary<string, string> { ["MppQueue:Display:MediaFolder"] = _media } : null;
        using var factory = new MppQueueFactory(settings: settings);
        var address = factory.StartOnRealPort();
        var latest = BusyMorning(factory.Engine, lastCalled);
        await using var browser = await Browser.LaunchAsync();
        var display = new DisplayScreen(await browser.NewPageAsync(address, width, height));

        await display.ShowAsync("/display/zona-1");

        await Expect(display.NowCallingNumber).ToHaveTextAsync(latest.Number.ToString());
        await Expect(display.LastCalls.Locator("li")).ToHaveCountAsync(6);
        if (withMedia)
        {
            await Expect(display.Page.Locator("[data-testid='display-media'] img.on")).ToBeVisibleAsync();
            await Expect(display.Page.Locator("img[data-testid='display-logo']")).ToBeVisibleAsync();
            // The first slide fades in (a CSS transition): the picture is taken once it is fully there.
            await display.Page.WaitForFunctionAsync(
                "() => getComputedStyle(document.querySelector(\"[data-testid='display-media'] img.on\")).opacity === '1'");
        }

        var name = $"display-zone-{(withMedia ? "media-" : string.Empty)}{width}x{height}-{lastCalled}.png";
        await display.SaveScreenshotAsync(name);
        await AssertNothingOverflowsAsync(display.Page);
    }

    [Fact]
    public async Task ZoneScreen_BeforeTheFirstCallAndWithOneService_SaysSoAndSetsTheServicesLongNameLarge()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        await using var browser = await Browser.LaunchAsync();
        var display = new DisplayScreen(await browser.NewPageAsync(address, 1920, 1080));

        await display.ShowAsync("/display/zona-2");

        await Expect(display.NoCalls).ToHaveTextAsync("Belum ada panggilan");
        await Expect(display.Page.Locator(".wall-date")).ToHaveTextAsync("Senin, 23 November 2026");
        await display.SaveScreenshotAsync("display-zone-empty-1920x1080.png");

        // A zone of one service with a long name: one tile across the screen, the name in large type, whole.
        var store = factory.Services.GetRequiredService<IQueueStore>();
        store.SaveZone(new Zone { Id = "zona-3", Name = "Zona 3 — Lantai 3", SortOrder = 3 });
        store.SaveService(factory.Engine.Catalog.Services["stnk-lima-tahunan"] with { ZoneId = "zona-3" });
        factory.Engine.ReloadCatalog();
        factory.Engine.Issue(new IssueRequest("stnk-lima-tahunan"));

        await display.ShowAsync("/display/zona-3");

        var name = display.Page.Locator("[data-service-id='stnk-lima-tahunan'] [data-testid='waiting-name']");
        await Expect(name).ToHaveTextAsync("Ganti STNK dan Plat Nomor 5 Tahunan");
        var measured = await name.EvaluateAsync<double[]>(
            "e => [parseFloat(getComputedStyle(e).fontSize), Math.min(innerWidth, innerHeight) / 100, e.scrollHeight - e.clientHeight, e.scrollWidth - e.clientWidth]");
        Assert.True(measured[0] >= 4 * measured[1], $"The only service's name is {measured[0]} px, under 4vmin ({4 * measured[1]} px).");
        Assert.True(measured[2] <= 1 && measured[3] <= 1, "The only service's name is cut off.");
        await display.SaveScreenshotAsync("display-zone-one-service-1920x1080.png");
    }

    [Fact]
    public async Task DeskScreen_Idle_SaysTheDeskIsClosed()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        await using var browser = await Browser.LaunchAsync();
        var display = new DisplayScreen(await browser.NewPageAsync(address, 1366, 768));

        await display.ShowAsync("/display/desk/loket-13");

        await Expect(display.DeskStatus).ToHaveTextAsync("Loket tutup");
        await display.SaveScreenshotAsync("display-desk-closed-1366x768.png");
    }

    [Fact]
    public async Task ScreenList_Supervisor_SeesOnlineStaleAndMutedScreens()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var registry = Screens.Registry(factory);
        var speaking = Screens.Register(factory, "zona-1", speaker: true);
        Screens.Register(factory, "zona-1", speaker: false);
        var blocked = Screens.Register(factory, "zona-2", speaker: true);
        Screens.Register(factory, kind: ScreenKind.Desk, deskId: "loket-13", speaker: false);
        registry.Seen(speaking.Token, ScreenSound.Ready);
        registry.Seen(blocked.Token, ScreenSound.Blocked);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(address, 1366, 768);

        await page.OpenPathAsync("/account/signin?returnUrl=%2Fdisplay%2Fscreens");
        await page.Locator("[data-testid='signin-user']").FillAsync("supervisor");
        await page.Locator("[data-testid='signin-password']").FillAsync(CounterScreen.DemoPassword);
        await page.Locator("[data-testid='signin-submit']").ClickAsync();
        // As CounterScreen.SignInAsync: the address is there once the redirect commits; the page's "load" event can
        // come much later on a busy machine, and the list is usable once the page is interactive.
        await page.WaitForURLAsync("**/display/screens", new() { Timeout = 20_000, WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-interactive='true']").WaitForAsync(new() { Timeout = 20_000 });

        await Expect(page.Locator("[data-testid='screen-row']")).ToHaveCountAsync(4);
        await Expect(page.Locator("[data-testid='zone-without-speaker']")).ToHaveAttributeAsync("data-zone-id", "zona-2");
        await Expect(page.Locator($"[data-screen-id='{blocked.Id}'] [data-testid='screen-voice']")).ToHaveTextAsync("Suara diblokir browser");
        await Artifacts.ScreenshotAsync(page, "display-screens-list.png", fullPage: true);
    }

    // Tickets across zone 1's services, eight of them called at different desks (SK last; or else then one of the
    // given service at loket-03, a Disdukcapil desk), the rest waiting.
    private static Ticket BusyMorning(QueueEngine engine, string lastCalled)
    {
        string[] waiting = ["ktp-el", "ktp-el", "ktp-el", "kartu-keluarga", "paspor", "paspor", "pajak-kendaraan", "skck", "skck", "perpanjangan-sim", "pajak-daerah"];
        (string Service, string Desk)[] calls =
        [
            ("ktp-el", "loket-01"), ("kartu-keluarga", "loket-04"), ("paspor", "loket-07"), ("pajak-kendaraan", "loket-09"),
            ("stnk-lima-tahunan", "loket-12"), ("perpanjangan-sim", "loket-14"), ("ktp-el", "loket-02"), ("skck", "loket-13"),
        ];
        Ticket latest = null!;
        foreach (var (service, desk) in calls)
        {
            latest = Screens.IssueAndCall(engine, service, desk);
        }

        if (lastCalled != "skck")
        {
            latest = Screens.IssueAndCall(engine, lastCalled, "loket-03");
        }

        foreach (var service in waiting)
        {
            engine.Issue(new IssueRequest(service));
        }

        return latest;
    }

    // Text cut off by its box (wider than it, or a fifth taller: a line of the call's card squeezed by tall waiting
    // tiles; large digits reach a little past a line height of 1) on the parts a visitor must read whole, or hidden
    // under another part of the screen.
    private static async Task AssertNothingOverflowsAsync(IPage page)
    {
        var cut = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll(".zone-now > *, .zone-calls li > *, .wall-clock > *")]
              .filter(e => {
                const box = e.getBoundingClientRect();
                const covered = !e.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
                return e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight * 1.2 + 2 || box.bottom > window.innerHeight || covered;
              })
              .map(e => e.className + ": " + e.textContent)
            """);
        Assert.Empty(cut);
        var page_ = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight, innerWidth, innerHeight]");
        Assert.True(page_[0] <= page_[2] && page_[1] <= page_[3], $"The screen scrolls: {string.Join(", ", page_)}.");
    }

    private static string Slide(string colour, string title, string text) =>
        $"""
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 900">
          <rect width="1600" height="900" fill="{colour}"/>
          <circle cx="1350" cy="180" r="260" fill="#ffffff" opacity=".12"/>
          <text x="100" y="420" font-family="DejaVu Sans, sans-serif" font-size="110" font-weight="700" fill="#ffffff">{title}</text>
          <text x="100" y="560" font-family="DejaVu Sans, sans-serif" font-size="64" fill="#ffffff">{text}</text>
        </svg>
        """;

    private const string Logo =
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
          <circle cx="50" cy="50" r="48" fill="#F2B705"/>
          <text x="50" y="63" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="36" font-weight="700" fill="#0A2540">MPP</text>
        </svg>
        """;
}
