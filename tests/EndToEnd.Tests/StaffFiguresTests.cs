using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>
/// Staff figures where they are read: Disdukcapil's officer serves a visitor at the counter (1920×1080) and finds
/// it in their own figures on the console; Disdukcapil's supervisor finds the officer, and no other agency's, on
/// the staff page, with the time split drawn, and downloads it.
/// </summary>
public class StaffFiguresTests
{
    private static readonly LocatorAssertionsToHaveTextOptions Within = new() { Timeout = 20_000 };

    [Fact]
    public async Task OfficerServes_OwnFiguresOnTheCounter_AgencySupervisorSeesThemOnTheStaffPage()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var engine = factory.Engine;
        await using var browser = await Browser.LaunchAsync();

        var counter = new CounterScreen(await browser.NewPageAsync(address, 1920, 1080));
        await counter.SignInAsync("petugas.disdukcapil");
        await counter.SitAtDeskAsync("loket-01");
        engine.Issue(new IssueRequest("ktp-el"));
        await counter.CallNextAsync();
        await counter.FinishAsync();
        await counter.Page.Locator("[data-testid='my-work-refresh']").ClickAsync();
        await Expect(counter.Page.Locator("[data-testid='my-work-served'] [data-testid='my-work-today-value']")).ToHaveTextAsync("1", Within);
        await counter.SaveScreenshotAsync("staff-counter-own-figures.png");

        var admin = new AdminScreen(await browser.NewPageAsync(address, 1920, 1080));
        await admin.Page.OpenPathAsync("/account/signin?returnUrl=" + Uri.EscapeDataString("/reports/staff?period=Today"));
        await admin.Page.Locator("[data-testid='signin-user']").FillAsync("supervisor.disdukcapil");
        await admin.Page.Locator("[data-testid='signin-password']").FillAsync(CounterScreen.DemoPassword);
        await admin.Page.Locator("[data-testid='signin-submit']").ClickAsync();
        var line = admin.Page.Locator("[data-testid='staff-by-officer'] [data-testid='staff-line'][data-key='petugas-disdukcapil']");
        await Expect(line.Locator("[data-testid='staff-line-served']")).ToHaveTextAsync("1", Within);
        await Expect(admin.Page.Locator("[data-testid='staff-split-bar']")).ToHaveCountAsync(1);
        await Expect(admin.Page.Locator("[data-testid='staff-by-officer'] [data-testid='staff-line']")).ToHaveCountAsync(
            engine.Catalog.Agencies.ContainsKey("disdukcapil") ? 1 : 0);
        await Expect(admin.Page.Locator("body")).Not.ToContainTextAsync("Bayu Anggara");
        await admin.SaveScreenshotAsync("staff-report.png");

        var csv = await admin.Page.GetPathAsync("/reports/staff/export.csv?period=Today");
        Assert.Equal(200, csv.Status);
        Assert.Contains("Rina Wulandari", await csv.TextAsync(), StringComparison.Ordinal);
    }
}
