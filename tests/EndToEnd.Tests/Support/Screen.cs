using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>A page object's common ground: open an address and wait until the page is interactive.</summary>
public abstract class Screen(IPage page)
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public IPage Page { get; } = page;

    /// <summary>Saves what the page shows as an artifact, when the run asks for screenshots (<see cref="Artifacts.Wanted"/>).</summary>
    public Task SaveScreenshotAsync(string name) => Artifacts.ScreenshotAsync(Page, name);

    protected async Task OpenAsync(string path)
    {
        await Page.OpenPathAsync(path);
        await WaitUntilInteractiveAsync();
    }

    /// <summary>The app sets data-interactive="true" after the circuit's first render: clicks are handled from then on.</summary>
    protected Task WaitUntilInteractiveAsync() =>
        Page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Patience.TotalMilliseconds });

    protected ILocator TestId(string id) => Page.Locator($"[data-testid='{id}']");

    protected static LocatorAssertionsToHaveTextOptions Within => new() { Timeout = (float)Patience.TotalMilliseconds };
}
