using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>The administration pages as a signed-in admin or supervisor uses them.</summary>
public sealed class AdminScreen(IPage page) : Screen(page)
{
    public Task OpenPageAsync(string path) => OpenAsync(path);

    public ILocator Field(string testId) => TestId(testId);

    public async Task FillAsync(string testId, string value)
    {
        // MudBlazor puts the attribute on the input itself for text fields, on the wrapper for some others.
        var input = Page.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input").First;
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    /// <summary>Opens a MudSelect and picks the option with this text.</summary>
    public async Task SelectAsync(string testId, string optionText)
    {
        await TestId(testId).First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = optionText }).First.ClickAsync();
        await Page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = (float)Patience.TotalMilliseconds });
    }

    public Task ClickAsync(string testId) => TestId(testId).ClickAsync();
}
