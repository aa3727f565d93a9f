using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>Paths on a lease's test server: the pooled browser contexts have no base address (see <see cref="Browser"/>).</summary>
public static class PageAddress
{
    /// <summary>Navigates to a path of the page's server ("/counter"), as <c>GotoAsync</c> would with a base address.</summary>
    public static Task<IResponse?> OpenPathAsync(this IPage page, string path) => page.GotoAsync(Browser.Url(page, path));

    /// <summary>A GET of a path of the page's server with the page's cookies (a download link, an export).</summary>
    public static Task<IAPIResponse> GetPathAsync(this IPage page, string path) => page.APIRequest.GetAsync(Browser.Url(page, path));
}
