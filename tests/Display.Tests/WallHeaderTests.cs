using MppQueue.Core;
using MppQueue.Display.Components;
using MppQueue.Display.Media;

namespace MppQueue.Display.Tests;

/// <summary>The wall screen's logo: the uploaded one first, then the media folder's, then the emblem.</summary>
public class WallHeaderTests : DisplayTestBase
{
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly MediaFile _mediaLogo = new("logo.png", "/media/logo.png", "image/png", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Render_UploadedAndMediaLogo_ShowsTheUploadedOneWithTheSiteName()
    {
        var logo = Logos.Upload(Store.LoadOfficers().Single(o => o.Id == "admin"), _png);

        var header = Render<WallHeader>(p => p.Add(h => h.Site, Engine.Catalog.Site).Add(h => h.Logo, _mediaLogo));

        var image = header.Find("[data-testid='display-logo']");
        Assert.Equal("/site/logo?v=" + logo.Version, image.GetAttribute("src"));
        Assert.Equal(DemoMpp.SiteName, image.GetAttribute("alt"));
        Assert.Single(header.FindAll("[data-testid='display-logo']"));
    }

    [Fact]
    public void Render_OnlyMediaLogo_ShowsTheMediaFoldersLogo()
    {
        var header = Render<WallHeader>(p => p.Add(h => h.Site, Engine.Catalog.Site).Add(h => h.Logo, _mediaLogo));

        Assert.Equal(_mediaLogo.Url, header.Find("img[data-testid='display-logo']").GetAttribute("src"));
    }

    [Fact]
    public void Render_NoLogoAtAll_ShowsTheEmblem()
    {
        var header = Render<WallHeader>(p => p.Add(h => h.Site, Engine.Catalog.Site));

        Assert.Equal("svg", header.Find("[data-testid='display-logo']").TagName, ignoreCase: true);
    }

    [Fact]
    public void Upload_WhileShown_SwitchesToTheUploadedLogo()
    {
        var header = Render<WallHeader>(p => p.Add(h => h.Site, Engine.Catalog.Site));

        var logo = Logos.Upload(Store.LoadOfficers().Single(o => o.Id == "admin"), _png);

        header.WaitForAssertion(() => Assert.Equal("/site/logo?v=" + logo.Version, header.Find("img[data-testid='display-logo']").GetAttribute("src")));
    }
}
