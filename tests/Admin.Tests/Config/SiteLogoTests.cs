using Microsoft.AspNetCore.Components.Forms;
using MppQueue.Admin.Pages.Config;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.Config;

/// <summary>The logo section of the site page: what an admin sees when uploading, each refusal, and removing.</summary>
public class SiteLogoTests : AdminTestBase
{
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] _jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];
    private static readonly byte[] _svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>"u8.ToArray();

    [Fact]
    public void Upload_Png_ShowsThePreviewAndTheSavedNoteAndIsAudited()
    {
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();
        Assert.Equal("Belum ada logo; layar menampilkan ikon gedung.", page.Find("[data-testid='logo-none']").TextContent.Trim());

        Upload(page, _png, "logo.png", "image/png");

        page.WaitForAssertion(() => Assert.Equal(
            "Logo tersimpan dan langsung tampil di semua layar.", page.Find("[data-testid='logo-saved']").TextContent.Trim()));
        var preview = page.Find("img[data-testid='logo-preview']");
        Assert.Equal("/site/logo?v=" + Logos.Current!.Version, preview.GetAttribute("src"));
        Assert.Equal(DemoMpp.SiteName, preview.GetAttribute("alt"));
        Assert.Equal(_png, Store.LoadLogo()!.Content.ToArray());
        var entry = Assert.Single(Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), e => e.Action == "config.logo.upload");
        Assert.Equal("admin", entry.ActorId);
        Assert.Equal("image/png, 16 bytes", entry.Detail);
    }

    [Fact]
    public void Upload_JpegNamedAsPng_IsStoredAsJpeg()
    {
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();

        Upload(page, _jpeg, "logo.png", "image/png");

        page.WaitForElement("[data-testid='logo-saved']");
        Assert.Equal("image/jpeg", Store.LoadLogo()!.ContentType);
    }

    public static TheoryData<byte[], string, string, string> Refusals => new()
    {
        { _svg, "logo.svg", "image/svg+xml", "Logo SVG tidak diterima karena dapat berisi skrip. Unggah gambar PNG, JPEG atau WebP." },
        { _svg, "logo.png", "image/png", "Logo SVG tidak diterima karena dapat berisi skrip. Unggah gambar PNG, JPEG atau WebP." },
        { "GIF89a\x01\x00\x01\x00"u8.ToArray(), "logo.png", "image/png", "Berkas ini bukan gambar PNG, JPEG atau WebP. Unggah logo dalam salah satu format tersebut." },
        { [], "logo.png", "image/png", "Berkas logo kosong. Pilih gambar PNG, JPEG atau WebP." },
        { [.. _png, .. new byte[SiteLogoRules.MaxBytes]], "logo.png", "image/png", "Logo terlalu besar (513 KB); maksimal 512 KB. Perkecil gambarnya lalu unggah lagi." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Upload_RefusedFile_ShowsWhyAndStoresNothing(byte[] content, string name, string type, string message)
    {
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();

        Upload(page, content, name, type);

        page.WaitForAssertion(() => Assert.Equal(message, page.Find("[data-testid='logo-error']").TextContent.Trim()));
        Assert.Null(Store.LoadLogo());
        Assert.Empty(page.FindAll("[data-testid='logo-preview']"));
        Assert.DoesNotContain(Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), e => e.Action.StartsWith("config.logo", StringComparison.Ordinal));
    }

    [Fact]
    public void Upload_InEnglish_ShowsTheRefusalInEnglish()
    {
        UseCulture("en");
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();

        Upload(page, _svg, "logo.svg", "image/svg+xml");

        page.WaitForAssertion(() => Assert.Equal(
            "SVG logos are not accepted because they can carry script. Upload a PNG, JPEG or WebP image.",
            page.Find("[data-testid='logo-error']").TextContent.Trim()));
        Assert.Equal("MPP logo", page.Find("h2").TextContent.Trim());
    }

    [Fact]
    public void Upload_SupervisorReachingThePage_IsRefusedByTheCore()
    {
        SignedInAs("supervisor-disdukcapil");
        var page = Render<SiteSettingsPage>();

        Upload(page, _png, "logo.png", "image/png");

        page.WaitForAssertion(() => Assert.StartsWith(
            "Anda tidak berwenang membuat perubahan ini.", page.Find("[data-testid='logo-error']").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Null(Store.LoadLogo());
    }

    [Fact]
    public void Remove_AfterUpload_ShowsTheIconNoteAgainAndIsAudited()
    {
        var admin = SignedInAs("admin");
        Logos.Upload(admin, _png);
        var page = Render<SiteSettingsPage>();
        Assert.NotNull(page.Find("img[data-testid='logo-preview']"));

        page.Find("button[data-testid='logo-remove']").Click();

        Assert.Equal("Logo dihapus; layar kembali menampilkan ikon gedung.", page.Find("[data-testid='logo-saved']").TextContent.Trim());
        Assert.NotNull(page.Find("[data-testid='logo-none']"));
        Assert.Empty(page.FindAll("[data-testid='logo-remove']"));
        Assert.Null(Store.LoadLogo());
        Assert.Contains(Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), e => e.Action == "config.logo.remove" && e.ActorId == "admin");
    }

    [Fact]
    public void Render_NoLogo_OffersNoRemoveButton()
    {
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();

        Assert.Empty(page.FindAll("[data-testid='logo-remove']"));
        Assert.NotNull(page.Find("[data-testid='logo-choose']"));
    }

    private static void Upload(IRenderedComponent<SiteSettingsPage> page, byte[] content, string name, string type) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, name, contentType: type));
}
