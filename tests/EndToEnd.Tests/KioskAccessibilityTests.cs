using System.Net;
using System.Net.Sockets;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>An axe scan of every kiosk step, at both shapes: no serious or critical violation anywhere.</summary>
/// <remarks>The landscape scan is its own class (<see cref="KioskLandscapeAccessibilityTests"/>) so that the two long scans run side by side.</remarks>
public class KioskAccessibilityTests
{
    [Fact]
    public Task EveryStep_Portrait_NoSeriousOrCriticalViolations() => EveryStepAsync(1080, 1920, "portrait");

    /// <param name="everyStep">
    /// False for a second shape: the start page, the services and the ticket only, the steps whose layout changes
    /// with the shape (the search, the priority question and the booking code are the same panels at either size).
    /// </param>
    internal static async Task EveryStepAsync(int width, int height, string shape, bool everyStep = true)
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        for (var i = 0; i < 60; i++)
        {
            factory.Engine.Issue(new IssueRequest("akta-kematian"));
        }

        await using var browser = await Browser.LaunchAsync();
        var kiosk = new KioskScreen(await browser.NewPageAsync(address, width, height));
        var found = new List<string>();

        await kiosk.OpenAsync();
        await ScanAsync(kiosk.Page, "agencies", found);
        if (everyStep)
        {
            await kiosk.SearchAsync("akta");
            await kiosk.SaveScreenshotAsync($"kiosk-{shape}-search.png");
            await ScanAsync(kiosk.Page, "search", found);
            await kiosk.OpenAsync();
        }

        await kiosk.ChooseAgencyAsync("disdukcapil");
        await ScanAsync(kiosk.Page, "services with an unavailable one", found);
        await kiosk.ChooseServiceAsync("kartu-keluarga");
        if (everyStep)
        {
            await ScanAsync(kiosk.Page, "priority question", found);
        }

        await kiosk.AnswerPriorityAsync("None");
        await ScanAsync(kiosk.Page, "ticket", found);
        if (!everyStep)
        {
            Assert.True(found.Count == 0, "axe found:\n" + string.Join('\n', found));
            return;
        }

        await kiosk.OpenAsync();
        await kiosk.OpenBookingAsync();
        await kiosk.ScanBookingCodeAsync("NOSUCH99");
        await Expect(kiosk.BookingError).ToContainTextAsync("NOSUCH99");
        await kiosk.SaveScreenshotAsync($"kiosk-{shape}-booking.png");
        await ScanAsync(kiosk.Page, "booking code with an error", found);
        await kiosk.SwitchLanguageAsync("en");
        await ScanAsync(kiosk.Page, "booking code in English", found);

        Assert.True(found.Count == 0, "axe found:\n" + string.Join('\n', found));
    }

    [Fact]
    public async Task OutOfService_PrinterSilent_SaysSoAndPassesAxe()
    {
        using var factory = new MppQueueFactory(settings: new Dictionary<string, string>
        {
            ["MppQueue:Kiosk:Printing"] = "EscPos",
            ["MppQueue:Kiosk:Printer"] = "127.0.0.1:" + ClosedPort(),
        });
        var address = factory.StartOnRealPort();
        await using var browser = await Browser.LaunchAsync();
        var kiosk = new KioskScreen(await browser.NewPageAsync(address, 1080, 1920));
        var found = new List<string>();

        await kiosk.OpenAsync();

        await Expect(kiosk.OutOfService).ToContainTextAsync("Kiosk ini sedang tidak dapat digunakan", new() { Timeout = 20_000 });
        await kiosk.SaveScreenshotAsync("kiosk-portrait-out-of-service.png");
        await ScanAsync(kiosk.Page, "out of service", found);
        Assert.True(found.Count == 0, "axe found:\n" + string.Join('\n', found));
        Assert.Empty(factory.Engine.TicketsToday());
    }

    // axe-core as the Deque package bundles it.
    private static readonly string _axe = new BundledAxeScriptProvider().GetScript();

    /// <summary>
    /// Runs axe-core in the page itself and keeps the serious and critical violations. The package's RunAxe runs axe
    /// in every frame and finishes the run in a page of its own: about 2 s a scan here, where the kiosk's pages (no
    /// frames) take a quarter of a second. Only violations come back, as the scan reports nothing else.
    /// </summary>
    private static async Task ScanAsync(IPage page, string step, List<string> found)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(_axe);
        }

        var violations = await page.EvaluateAsync<string[]>(
            """
            async () => (await axe.run(document, { resultTypes: ["violations"] })).violations
              .filter((v) => v.impact === "serious" || v.impact === "critical")
              .map((v) => `${v.impact} ${v.id} (${v.help}) at ` +
                v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} ${n.html}`).join(", "))
            """);
        found.AddRange(violations.Select(v => $"{step}: {v}"));
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

/// <summary>The axe scan of the kiosk steps whose layout depends on the shape, on a landscape kiosk.</summary>
public class KioskLandscapeAccessibilityTests
{
    [Fact]
    public Task MainSteps_Landscape_NoSeriousOrCriticalViolations() => KioskAccessibilityTests.EveryStepAsync(1920, 1080, "landscape", everyStep: false);
}
