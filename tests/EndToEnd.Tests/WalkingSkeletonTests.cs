using Microsoft.Playwright;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>A visitor takes a ticket, an officer calls it, and the hall's screen shows it: in Chromium, live.</summary>
public class WalkingSkeletonTests
{
    private static readonly LocatorAssertionsToHaveTextOptions _live = new() { Timeout = 20_000 };

    [Fact]
    public async Task TakeTicket_CounterCalls_DisplayShowsNumberWithoutReload()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var desk = factory.Engine.Catalog.Desks.Values.Where(d => d.ServiceIds.Contains("ktp-el")).OrderBy(d => d.Number).First();
        await using var browser = await Browser.LaunchAsync();

        var display = new DisplayScreen(await browser.NewPageAsync(address, 1920, 1080));
        await display.ShowZoneAsync("zona-1");
        await Expect(display.NoCalls).ToHaveTextAsync("Belum ada panggilan");

        var kiosk = new KioskScreen(await browser.NewPageAsync(address, 1080, 1700));
        await kiosk.OpenAsync();
        var number = await kiosk.TakeTicketAsync("disdukcapil", "ktp-el");
        var qr = await kiosk.QrAddressAsync();
        await kiosk.SaveScreenshotAsync("kiosk-ticket.png");

        var ticket = new TicketScreen(await browser.NewPageAsync(address, 412, 915, isMobile: true));
        await ticket.OpenAsync(qr);
        await Expect(ticket.Status).ToHaveTextAsync("Menunggu");
        await ticket.SaveScreenshotAsync("ticket-page.png");

        var counter = new CounterScreen(await browser.NewPageAsync(address, 1366, 768));
        await counter.SignInAsync("petugas.disdukcapil");
        await counter.SitAtDeskAsync(desk.Id);
        var called = await counter.CallNextAsync();
        await counter.SaveScreenshotAsync("counter.png");

        await Expect(display.NowCallingNumber).ToHaveTextAsync(number, _live);
        await Expect(display.NowCallingDesk).ToHaveTextAsync($"Loket {desk.Number}", _live);
        await display.SaveScreenshotAsync("display.png");
        await Expect(ticket.Status).ToHaveTextAsync("Dipanggil", _live);
        await Expect(ticket.GoTo).ToContainTextAsync($"Loket {desk.Number}", new() { Timeout = 20_000 });
        await ticket.SaveScreenshotAsync("ticket-page-called.png");

        Assert.Matches("^A[0-9]{3}$", number);
        Assert.Equal(number, called);
        Assert.Equal(number, await ticket.NumberAsync());
        Assert.Equal(address.Authority, qr.Authority);
        Assert.StartsWith("/t/", qr.AbsolutePath, StringComparison.Ordinal);
        Assert.False(await display.WasReloadedAsync(), "The display reloaded to show the call.");
    }

    [Fact]
    public async Task SecondCall_Display_ShowsItLargeAndTheFirstUnderLastCalls()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var desk = factory.Engine.Catalog.Desks.Values.Where(d => d.ServiceIds.Contains("ktp-el")).OrderBy(d => d.Number).First();
        await using var browser = await Browser.LaunchAsync();
        var display = new DisplayScreen(await browser.NewPageAsync(address, 1920, 1080));
        await display.ShowZoneAsync("zona-1");
        var kiosk = new KioskScreen(await browser.NewPageAsync(address, 1080, 1700));
        var counter = new CounterScreen(await browser.NewPageAsync(address, 1366, 768));
        await counter.SignInAsync("petugas.disdukcapil");
        await counter.SitAtDeskAsync(desk.Id);

        await kiosk.OpenAsync();
        var first = await kiosk.TakeTicketAsync("disdukcapil", "ktp-el");
        await kiosk.OpenAsync();
        var second = await kiosk.TakeTicketAsync("disdukcapil", "ktp-el");
        await counter.CallNextAsync();
        await Expect(display.NowCallingNumber).ToHaveTextAsync(first, _live);
        await counter.FinishAsync();
        var called = await counter.CallNextAsync();

        await Expect(display.NowCallingNumber).ToHaveTextAsync(second, _live);
        await Expect(display.LastCalls).ToContainTextAsync(first, new() { Timeout = 20_000 });
        await display.SaveScreenshotAsync("display-second-call.png");
        Assert.Equal(second, called);
        Assert.False(await display.WasReloadedAsync(), "The display reloaded to show the call.");
    }
}
