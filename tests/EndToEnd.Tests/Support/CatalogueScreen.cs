using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>The public catalogue (/layanan) as a visitor uses it: plain pages, no circuit, so nothing waits for one.</summary>
public sealed partial class CatalogueScreen(IPage page) : Screen(page)
{
    public async Task OpenAsync() => await Page.OpenPathAsync("/layanan");

    /// <summary>Types into the search field and sends the form (a GET, as without any script).</summary>
    public async Task SearchAsync(string text)
    {
        await TestId("catalogue-query").FillAsync(text);
        await TestId("catalogue-search-button").ClickAsync();
        await Page.WaitForURLAsync("**/layanan?q=*");
    }

    public ILocator Result(string serviceId) => Page.Locator($"[data-testid='catalogue-results'] [data-testid='catalogue-service'][data-service-id='{serviceId}']");

    public async Task OpenResultAsync(string serviceId)
    {
        await Result(serviceId).ClickAsync();
        await Page.WaitForURLAsync("**/layanan/" + serviceId);
    }

    public ILocator Standard => TestId("catalogue-standard");

    /// <summary>The page printed as the browser prints it on A4, and the number of pages of that PDF.</summary>
    public async Task<int> PrintedPagesAsync(string? keepAs = null)
    {
        var pdf = await Page.PdfAsync(new PagePdfOptions { Format = "A4", Path = keepAs is null ? null : Artifacts.File(keepAs) });
        return PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));
    }

    // A page object of a PDF ("/Type /Page"), not its page tree ("/Type /Pages").
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
