using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>/live on a phone and on a canteen TV (a dozen services a page, readable from ten metres) follows a call made at a desk, without a reload.</summary>
public sealed class LiveTests
{
    [Fact]
    public async Task Call_AtADesk_ShowsOnLiveAtPhoneAndTvSize_WithoutReload()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        await using var browser = await Browser.LaunchAsync();
        var phone = new LiveScreen(await browser.NewPageAsync(address, 390, 844, isMobile: true));
        var tv = new LiveScreen(await browser.NewPageAsync(address, 1920, 1080));
        await phone.OpenAsync(wall: false);
        await tv.OpenAsync(wall: true);
        await Expect(phone.Serving("skck")).ToHaveTextAsync("–");
        var (services, smallestName, overflows) = await tv.WallPageAsync();
        Assert.True(services >= 10, $"The TV shows {services} services a page.");
        Assert.True(smallestName >= 3, $"A service's name on the TV is {smallestName:0.0}vmin, too small to read from ten metres.");
        Assert.False(overflows, "A service on the TV reaches past the bottom of the screen.");

        var engine = factory.Engine;
        engine.Issue(new IssueRequest("skck"));
        var waiting = engine.Issue(new IssueRequest("skck"));
        var desk = factory.DeskFor("skck");
        var called = engine.CallNext(desk.Id);

        var number = called.Number.ToString();
        var deskLabel = "Loket " + desk.Number;
        foreach (var live in new[] { phone, tv })
        {
            await Expect(live.Serving("skck")).ToHaveTextAsync(number + " " + deskLabel, new() { Timeout = ExpectDefaults.LiveMilliseconds });
            await Expect(live.LatestCall(desk.ZoneId)).ToHaveTextAsync(number + " " + deskLabel);
            await Expect(live.Waiting("skck")).ToHaveTextAsync("1");
            Assert.False(await live.WasReloadedAsync(), "/live reloaded to show the call.");
        }

        await phone.SaveScreenshotAsync("live-phone-call.png");
        await tv.SaveScreenshotAsync("live-tv-call.png");
        Assert.NotEqual(waiting.Id, called.Id);
    }
}
