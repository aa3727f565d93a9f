using MppQueue.Admin.Pages.Config;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.Config;

public class SiteSettingsPageTests : AdminTestBase
{
    [Fact]
    public void Save_NewNameAndRunningText_IsLiveAndAudited()
    {
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();

        page.Find("input[data-testid='site-name']").Enter("MPP Kota Sejahtera");
        page.Find("textarea[data-testid='site-runningtext']").Enter("Selamat datang di MPP.");
        page.Find("[data-testid='site-save']").Click();

        Assert.Equal("Tersimpan dan langsung berlaku.", page.Find("[data-testid='form-saved']").TextContent.Trim());
        Assert.Equal("MPP Kota Sejahtera", Engine.Catalog.Site.Name);
        Assert.Equal("Selamat datang di MPP.", Engine.Catalog.Site.RunningText);
        var entry = Assert.Single(Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), e => e.Action == "config.site.update");
        Assert.Equal("admin", entry.ActorId);
        Assert.Contains("name: " + DemoMpp.SiteName + " → MPP Kota Sejahtera", entry.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Nama wajib diisi.")]
    [InlineData("MPP <b>Baru</b>", "Nama tidak boleh berisi tanda < atau > atau karakter kontrol.")]
    public void Save_BadName_ShowsTheMessageUnderTheNameAndKeepsTheSite(string name, string message)
    {
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();

        page.Find("input[data-testid='site-name']").Enter(name);
        page.Find("[data-testid='site-save']").Click();

        Assert.Equal(message, page.Find("[data-testid='error-name']").TextContent.Trim());
        Assert.Equal(DemoMpp.SiteName, Engine.Catalog.Site.Name);
    }

    [Fact]
    public void Save_NameTooLong_SaysTheLimit()
    {
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();

        page.Find("input[data-testid='site-name']").Enter(new string('M', 101));
        page.Find("[data-testid='site-save']").Click();

        Assert.Equal("Nama terlalu panjang (maksimal 100 karakter).", page.Find("[data-testid='error-name']").TextContent.Trim());
    }

    [Fact]
    public void Save_RunningTextTooLong_SaysTheLimit()
    {
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();

        page.Find("textarea[data-testid='site-runningtext']").Enter(new string('x', 2001));
        page.Find("[data-testid='site-save']").Click();

        Assert.Equal("Teks berjalan terlalu panjang (maksimal 2000 karakter).", page.Find("[data-testid='error-runningText']").TextContent.Trim());
    }

    [Theory]
    [InlineData("site-postpone", "0", "postponePlaces", "Jumlah mundur antrian harus antara 1 dan 50.")]
    [InlineData("site-soon", "51", "soonPlaces", "Batas \"sebentar lagi\" harus antara 0 dan 50.")]
    [InlineData("site-recalls", "11", "noShowMinRecalls", "Panggilan ulang sebelum tidak hadir harus antara 0 dan 10.")]
    [InlineData("site-grace", "-1", "noShowGraceMinutes", "Batas waktu mengembalikan tidak hadir (menit) harus antara 0 dan 1440.")]
    public void Save_NumberOutOfRange_ShowsTheRangeUnderTheField(string input, string value, string field, string message)
    {
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();

        page.Find($"input[data-testid='{input}']").Enter(value);
        page.Find("[data-testid='site-save']").Click();

        Assert.Equal(message, page.Find($"[data-testid='error-{field}']").TextContent.Trim());
    }

    [Fact]
    public void Save_InEnglish_ShowsTheMessageInEnglish()
    {
        UseCulture("en");
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();

        page.Find("input[data-testid='site-name']").Enter(" ");
        page.Find("[data-testid='site-save']").Click();

        Assert.Equal("Name is required.", page.Find("[data-testid='error-name']").TextContent.Trim());
        Assert.Equal("Site settings", page.Find("h1").TextContent);
    }

    [Fact]
    public void Save_ChangedMeanwhileByAnotherAdmin_SaysSoAtTheTop()
    {
        SignedInAs("admin");
        var page = Render<SiteSettingsPage>();
        var editor = Services.GetService<CatalogEditor>();
        var site = Engine.Catalog.Site;
        editor!.SaveSite(Store.LoadOfficers().Single(o => o.Id == "admin"), site with { Name = "MPP Lain" }, site);

        page.Find("input[data-testid='site-name']").Enter("MPP Saya");
        page.Find("[data-testid='site-save']").Click();

        Assert.StartsWith("Data site baru saja diubah oleh orang lain.", page.Find("[data-testid='form-error']").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("MPP Lain", Engine.Catalog.Site.Name);
    }

    [Fact]
    public void Render_AccountGoneFromTheStore_ShowsNoForm()
    {
        Auth.SetAuthorized("hantu");
        Auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "hantu"));

        var page = Render<SiteSettingsPage>();

        Assert.Empty(page.FindAll("[data-testid='site-form']"));
        Assert.NotNull(page.Find("[data-testid='config-refused']"));
    }
}
