using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>The public booking page and a booking's own page, on a phone.</summary>
public sealed class BookingScreen(IPage page) : Screen(page)
{
    public Task OpenPathAsync(string path) => OpenAsync(path);

    public ILocator Step(string step) => Page.Locator($"[data-testid='booking-page'][data-step='{step}']");

    public ILocator Session(string start) => Page.Locator($"[data-testid='booking-session'][data-session='{start}']");

    public ILocator Code => TestId("booking-code");

    public ILocator Confirmation => TestId("booking-confirmation");

    public ILocator CalendarLink => TestId("booking-ics");

    public async Task ChooseAsync(string testId, string attribute, string value, string nextStep)
    {
        await Page.Locator($"[data-testid='{testId}'][{attribute}='{value}']").ClickAsync();
        await Step(nextStep).WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await WaitUntilInteractiveAsync();
    }

    /// <summary>Gives the phone number and books; waits for the booking's own page.</summary>
    public async Task BookAsync(string phone)
    {
        await TestId("booking-phone").FillAsync(phone);
        await TestId("booking-submit").ClickAsync();
        await Confirmation.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await WaitUntilInteractiveAsync();
    }
}
