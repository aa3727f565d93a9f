using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>An officer at the counter: signs in, sits at a desk, and works the queue by mouse or keyboard.</summary>
public sealed class CounterScreen(IPage page) : Screen(page)
{
    /// <summary>The password the demo accounts are seeded with (MppQueue:DemoPassword).</summary>
    public const string DemoPassword = "mpp-demo-2026";

    public ILocator CurrentNumber => TestId("current-number");

    public ILocator Recalls => TestId("current-recalls");

    public ILocator WaitingCount => TestId("waiting-count");

    public ILocator SignInMessage => TestId("signin-message");

    public ILocator WaitingRow(string number) => Page.Locator($"[data-testid='waiting-row'][data-number='{number}']");

    /// <summary>Signs in on the (server-rendered) sign-in page and lands on the desk list, live.</summary>
    public async Task SignInAsync(string userName, string password = DemoPassword)
    {
        await Page.OpenPathAsync("/account/signin?returnUrl=%2Fcounter");
        await TestId("signin-user").FillAsync(userName);
        await TestId("signin-password").FillAsync(password);
        await TestId("signin-submit").ClickAsync();
        // A sign-in hashes the password and redirects: on a CI machine busy with every lane it once took over 20 s.
        await Page.WaitForURLAsync("**/counter", new() { Timeout = (float)(Patience * 3).TotalMilliseconds, WaitUntil = WaitUntilState.Commit });
        await WaitUntilInteractiveAsync();
    }

    /// <summary>Chooses a desk on the desk list (signing in there) and waits for its console.</summary>
    public async Task SitAtDeskAsync(string deskId)
    {
        if (!Page.Url.EndsWith("/counter", StringComparison.Ordinal))
        {
            await OpenAsync("/counter");
        }

        await Page.Locator($"[data-testid='desk'][data-desk-id='{deskId}'] [data-testid='choose-desk']").ClickAsync();
        await TestId("call-next").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await WaitUntilInteractiveAsync();
    }

    /// <summary>Presses "call next" and returns the number that comes up at the desk.</summary>
    public async Task<string> CallNextAsync()
    {
        await TestId("call-next").ClickAsync();
        return await CurrentNumberAsync();
    }

    /// <summary>Presses a shortcut key (F1 calls next, F2 recalls …) as an officer would without the mouse.</summary>
    public async Task PressAsync(string key)
    {
        await Page.Locator("html[data-counter-keys='on']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)Patience.TotalMilliseconds });
        await Page.Keyboard.PressAsync(key);
    }

    public async Task<string> CurrentNumberAsync()
    {
        await CurrentNumber.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        return (await CurrentNumber.InnerTextAsync()).Trim();
    }

    public Task RecallAsync() => TestId("recall").ClickAsync();

    /// <summary>Opens "transfer", finds the service by typing, chooses it, writes the note and confirms.</summary>
    public async Task TransferAsync(string search, string serviceId, string? note, string? screenshot = null)
    {
        await TestId("transfer").ClickAsync();
        await Page.Locator("input[data-testid='transfer-search']").FillAsync(search);
        await Page.Locator($"[data-testid='transfer-option'][data-service-id='{serviceId}']").ClickAsync();
        if (note is not null)
        {
            await Page.Locator("input[data-testid='transfer-note']").FillAsync(note);
        }

        if (screenshot is not null && Artifacts.Wanted)
        {
            await Page.Locator("input[data-testid='transfer-note']").BlurAsync();
            await Page.WaitForTimeoutAsync(500); // let the buttons' colour transitions finish, for a true picture
            await SaveScreenshotAsync(screenshot);
        }

        await TestId("transfer-confirm").ClickAsync();
        await TestId("current-none").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
    }

    /// <summary>Presses "finish" and waits until the desk is free again.</summary>
    public async Task FinishAsync()
    {
        await TestId("finish").ClickAsync();
        await TestId("current-none").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
    }
}
