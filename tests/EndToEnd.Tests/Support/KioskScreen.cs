using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

public sealed class KioskScreen(IPage page) : Screen(page)
{
    public Task OpenAsync() => OpenAsync("/kiosk");

    /// <summary>Taps the agency, then the service, and returns the number on the ticket that comes out.</summary>
    public async Task<string> TakeTicketAsync(string agencyId, string serviceId)
    {
        await Page.Locator($"[data-testid='agency'][data-agency-id='{agencyId}']").ClickAsync();
        await Page.Locator($"[data-testid='service'][data-service-id='{serviceId}']").ClickAsync();
        await TestId("ticket-slip").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        return (await TestId("ticket-number").InnerTextAsync()).Trim();
    }

    /// <summary>The absolute address the ticket's QR code carries.</summary>
    public async Task<Uri> QrAddressAsync() =>
        new(await TestId("ticket-qr").GetAttributeAsync("data-qr-url") ?? throw new InvalidOperationException("The ticket has no QR address."));
}
