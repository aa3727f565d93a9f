using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

public sealed class CounterScreen(IPage page) : Screen(page)
{
    /// <summary>Opens the desk list and sits down at one desk.</summary>
    public async Task SitAtDeskAsync(string deskId)
    {
        await OpenAsync("/counter");
        await Page.Locator($"[data-testid='desk'][data-desk-id='{deskId}']").ClickAsync();
        await TestId("desk-title").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await WaitUntilInteractiveAsync();
    }

    /// <summary>Presses "call next" and returns the number that comes up at the desk.</summary>
    public async Task<string> CallNextAsync()
    {
        await TestId("call-next").ClickAsync();
        await TestId("current-number").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        return (await TestId("current-number").InnerTextAsync()).Trim();
    }

    /// <summary>Presses "finish" and waits until the desk is free again.</summary>
    public async Task FinishAsync()
    {
        await TestId("finish").ClickAsync();
        await TestId("current-none").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
    }
}
