using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>
/// The Command Center in Chromium at 1920×1080. The morning starts at 08:00 (tickets, desks, a pause, two screens),
/// the server restarts on the same data at 09:10, and a supervisor opens the page and the wall: the waits, the long
/// pause and the silent screen are alerts, and a ticket issued meanwhile appears without a reload.
/// </summary>
public class CommandCenterTests
{
    private const string EarlyMorning = "2026-11-23T08:00:00+07:00";
    private const string LaterMorning = "2026-11-23T09:10:00+07:00";
    private const string DemoPassword = "mpp-demo-2026";
    private static readonly float Patience = 20_000;

    [Fact]
    public async Task CommandCenter_AfterABusyMorning_ShowsFiguresAlertsAndLiveUpdatesInBothModes()
    {
        var dataPath = MppQueueFactory.NewDataPath();
        try
        {
            var (waiting, silentScreen) = StartTheMorning(dataPath);

            using var factory = new MppQueueFactory(dataPath, new Dictionary<string, string> { ["MppQueue:ClockStart"] = LaterMorning });
            var address = factory.StartOnRealPort();
            await using var browser = await Browser.LaunchAsync();
            var page = await browser.NewPageAsync(address, 1920, 1080);

            await SignInAsync(page, "supervisor", "/command");
            await Expect(Value(page, "total-waiting")).ToHaveTextAsync(waiting.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = Patience });
            await Expect(Alert(page, "WaitOverStandard").First).ToBeVisibleAsync(new() { Timeout = Patience });
            await Expect(Alert(page, "DeskPausedTooLong")).ToContainTextAsync("Loket 7");
            await Expect(Alert(page, "DeviceStale")).ToContainTextAsync(silentScreen);
            await Expect(page.Locator("[data-testid='command-service'][data-service-id='paspor'] [data-testid='service-waiting']")).ToHaveTextAsync("3");

            // A kiosk issues a ticket while the supervisor watches: the page follows without a reload.
            factory.Engine.Issue(new IssueRequest("paspor"));
            await Expect(page.Locator("[data-testid='command-service'][data-service-id='paspor'] [data-testid='service-waiting']")).ToHaveTextAsync("4", new() { Timeout = Patience });
            await Expect(Value(page, "total-waiting")).ToHaveTextAsync((waiting + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Artifacts.ScreenshotAsync(page, "command-center.png");

            await page.OpenPathAsync("/command/wall");
            await page.Locator("[data-interactive='true']").WaitForAsync(new() { Timeout = Patience });
            await Expect(page.Locator("[data-testid='command-wall']")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid='admin-nav']")).ToHaveCountAsync(0);
            await Expect(Value(page, "total-waiting")).ToHaveTextAsync((waiting + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(Alert(page, "WaitOverStandard").First).ToBeVisibleAsync();

            // Read from across the room: the waiting counts on the wall are at least 30 px high.
            var height = await page.Locator("[data-testid='command-service'] [data-testid='service-waiting']").First
                .EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
            Assert.True(height >= 30, $"The wall's waiting counts are {height}px.");
            var background = await page.Locator("[data-testid='command-wall']").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            Assert.Equal("rgb(11, 18, 32)", background);

            factory.Engine.Issue(new IssueRequest("ktp-el"));
            await Expect(Value(page, "total-waiting")).ToHaveTextAsync((waiting + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = Patience });
            await Artifacts.ScreenshotAsync(page, "command-center-wall.png");
        }
        finally
        {
            MppQueueFactory.DeleteData(dataPath);
        }
    }

    /// <summary>
    /// 08:00: tickets at several agencies, four officers at their desks, one ticket served, one desk paused (Loket 7),
    /// and two screens, one of which reports in. Returns how many tickets are left waiting and the silent screen's name.
    /// </summary>
    private static (int Waiting, string SilentScreen) StartTheMorning(string dataPath)
    {
        using var factory = new MppQueueFactory(dataPath, new Dictionary<string, string> { ["MppQueue:ClockStart"] = EarlyMorning });
        var engine = factory.Engine;
        var officers = factory.Services.GetRequiredService<IQueueStore>().LoadOfficers();
        string[] services = ["ktp-el", "ktp-el", "ktp-el", "kartu-keluarga", "paspor", "paspor", "paspor", "skck", "skck", "pajak-kendaraan", "npwp", "klaim-jht"];
        foreach (var service in services)
        {
            engine.Issue(new IssueRequest(service));
        }

        foreach (var (desk, officer) in new[] { ("loket-01", "petugas-disdukcapil"), ("loket-07", "petugas-imigrasi"), ("loket-09", "petugas-samsat"), ("loket-13", "petugas-polres") })
        {
            engine.SignInToDesk(desk, officers.Single(o => o.Id == officer));
        }

        engine.Finish("loket-01", engine.CallNext("loket-01").Id);
        engine.CallNext("loket-13");
        engine.PauseDesk("loket-07", PauseReason.Break);

        var registry = factory.Services.GetRequiredService<ScreenRegistry>();
        var silent = registry.Register(new ScreenRegistration("TV Ruang Tunggu Zona 1", "zona-1", IsSpeaker: true), engine.Catalog);
        registry.Register(new ScreenRegistration("Kiosk Pintu Utama", "zona-1"), engine.Catalog);
        registry.Seen(silent.Token, ScreenSound.Ready);
        return (services.Length - 2, silent.Name);
    }

    private static async Task SignInAsync(IPage page, string userName, string returnUrl)
    {
        await page.OpenPathAsync("/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.Locator("[data-testid='signin-user']").FillAsync(userName);
        await page.Locator("[data-testid='signin-password']").FillAsync(DemoPassword);
        await page.Locator("[data-testid='signin-submit']").ClickAsync();
        await page.WaitForURLAsync("**" + returnUrl, new() { Timeout = Patience, WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-interactive='true']").WaitForAsync(new() { Timeout = Patience });
    }

    private static ILocator Value(IPage page, string tile) => page.Locator($"[data-testid='{tile}'] [data-testid='value']");

    private static ILocator Alert(IPage page, string kind) => page.Locator($"[data-testid='command-alert'][data-kind='{kind}']");
}
