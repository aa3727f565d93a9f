using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>Screens on the wall have nobody to press anything: they must come back by themselves.</summary>
public class RecoveryTests
{
    [Fact]
    public async Task Display_ServerRestarts_ComesBackByItselfAndShowsTheCallMadeMeanwhile()
    {
        var dataPath = MppQueueFactory.NewDataPath();
        try
        {
            await using var browser = await Browser.LaunchAsync();
            DisplayScreen display;
            int port;
            using (var first = new MppQueueFactory(dataPath))
            {
                var address = first.StartOnRealPort();
                port = address.Port;
                display = new DisplayScreen(await browser.NewPageAsync(address, 1920, 1080));
                await display.ShowZoneAsync("zona-1");
                await Expect(display.NoCalls).ToBeVisibleAsync();
            }

            await Expect(display.ReconnectBanner).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await Expect(display.ReconnectBanner).ToContainTextAsync("Menyambung kembali");
            await Expect(display.NoCalls).ToBeVisibleAsync();
            await display.SaveScreenshotAsync("display-reconnecting.png");

            using var second = new MppQueueFactory(dataPath);
            second.StartOnRealPort(port);
            var engine = second.Engine;
            var ticket = engine.Issue(new IssueRequest("ktp-el"));
            engine.CallNext(engine.Catalog.Desks.Values.Where(d => d.ServiceIds.Contains("ktp-el")).OrderBy(d => d.Number).First().Id);

            await Expect(display.NowCallingNumber).ToHaveTextAsync(ticket.Number.ToString(), new() { Timeout = 45_000 });
            await Expect(display.ReconnectBanner).ToBeHiddenAsync();
        }
        finally
        {
            MppQueueFactory.DeleteData(dataPath);
        }
    }
}
