using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>
/// Web Push on the visitor's phone in Chromium: the ticket page registers the notices' service worker for the whole
/// site and offers "Aktifkan pemberitahuan". Headless Chromium has no push service to subscribe to, so the test stops
/// at the offer and the registration (the send itself is Server.Tests' WebPushProviderTests).
/// </summary>
public class PushTests
{
    [Fact]
    public async Task TicketPage_NotificationsAllowed_RegistersTheWorkerAtTheRootAndOffersPush()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var mine = factory.Engine.Issue(new IssueRequest("ktp-el"));
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(address, 390, 844, isMobile: true);
        await page.Context.GrantPermissionsAsync(["notifications"], new BrowserContextGrantPermissionsOptions { Origin = address.GetLeftPart(UriPartial.Authority) });
        var phone = new TicketScreen(page);

        await phone.OpenTicketAsync(mine.Token);

        await Expect(phone.PushOptIn).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(phone.PushOptIn).ToHaveAttributeAsync("data-state", "Off");
        await Expect(phone.PushEnable).ToHaveTextAsync("Aktifkan pemberitahuan");
        var scope = await page.EvaluateAsync<string?>("async () => (await navigator.serviceWorker.getRegistration(location.href))?.scope ?? null");
        Assert.Equal(address.AbsoluteUri, scope);
        Assert.True(await page.EvaluateAsync<bool>("() => 'PushManager' in window && Notification.permission === 'granted'"));
        await phone.PushOptIn.ScrollIntoViewIfNeededAsync();
        await phone.SaveScreenshotAsync("phone-push-offer.png");
    }

    [Fact]
    public async Task TicketPage_NotificationsBlocked_SaysSoWithoutAButton()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var mine = factory.Engine.Issue(new IssueRequest("ktp-el"));
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(address, 390, 844, isMobile: true);
        await page.AddInitScriptAsync("Object.defineProperty(Notification, 'permission', { get: () => 'denied' });");
        var phone = new TicketScreen(page);

        await phone.OpenTicketAsync(mine.Token);

        await Expect(phone.PushOptIn).ToHaveAttributeAsync("data-state", "Blocked", new() { Timeout = 20_000 });
        await Expect(phone.PushOptIn).ToContainTextAsync("diblokir oleh browser");
        await Expect(phone.PushEnable).ToHaveCountAsync(0);
    }
}
