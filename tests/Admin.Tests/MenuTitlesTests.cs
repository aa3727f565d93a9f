using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MppQueue.Admin.Layout;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

/// <summary>Every entry of the administration's menu says the same words as the heading and the title of the page it opens.</summary>
public class MenuTitlesTests : AdminTestBase
{
    public MenuTitlesTests()
    {
        Services.AddSingleton(_ => new WebhookService(Store, Store, new HttpClient(), new WebhookOptions(), Time, NullLogger<WebhookService>.Instance));
        Services.AddSingleton<IBackupSource>(Store);
        Services.AddSingleton<IReportStore>(Store);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void EveryMenuEntry_ReadsAsItsPagesHeadingAndTitle(string culture)
    {
        UseCulture(culture);
        SignedInAs("admin");
        var links = Render<AdminNav>().FindAll("a[href]").Select(a => (Href: a.GetAttribute("href")!, Text: a.TextContent.Trim())).ToList();
        Assert.True(links.Count >= 15, "the menu has " + links.Count + " entries");

        Assert.All(links, link =>
        {
            var page = Render(b =>
            {
                b.OpenComponent(0, PageAt(link.Href));
                b.CloseComponent();
            });
            var heading = page.Find("h1").TextContent.Trim();
            var title = Render(page.FindComponent<PageTitle>().Instance.ChildContent!).Markup.Trim();
            Assert.Equal(link.Text, heading);
            Assert.StartsWith(link.Text, System.Net.WebUtility.HtmlDecode(title), StringComparison.Ordinal);
        });
    }

    private static Type PageAt(string href)
    {
        var path = "/" + new Uri(new Uri("http://mpp/"), href).AbsolutePath.TrimStart('/');
        return typeof(AdminRoutes).Assembly.GetTypes()
            .Single(t => t.GetCustomAttributes<RouteAttribute>().Any(r => string.Equals(r.Template, path, StringComparison.OrdinalIgnoreCase)));
    }
}
