using MppQueue.Admin.Pages;
using MppQueue.Admin.Tests.Support;

namespace MppQueue.Admin.Tests;

public class AdminHomePageTests : AdminTestBase
{
    [Fact]
    public void Render_Supervisor_ListsEverySection()
    {
        SignedInAs("supervisor");

        var page = Render<AdminHomePage>();

        var nav = page.Find("[data-testid=admin-nav]").TextContent;
        Assert.Contains(AdminText.NavCommand, nav, StringComparison.Ordinal);
        Assert.Contains(AdminText.NavIkm, nav, StringComparison.Ordinal);
        Assert.Contains(AdminText.NavServices, nav, StringComparison.Ordinal);
        Assert.Contains(AdminText.NavBackup, nav, StringComparison.Ordinal);
        Assert.Equal("Administrasi MPP", page.Find("h1").TextContent);
    }
}
