using MppQueue.Admin.Pages.Config;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.Config;

public class ZonesPageTests : AdminTestBase
{
    [Fact]
    public void Add_NewZone_AppearsInTheListAndInTheEngine()
    {
        SignedInAs("admin");
        var page = Render<ZonesPage>();

        page.Find("[data-testid='zone-add']").Click();
        page.Find("input[data-testid='zone-name']").Enter("Zona 3 — Lantai 3");
        page.Find("[data-testid='zone-save']").Click();

        Assert.Equal("Zona 3 — Lantai 3 tersimpan dan langsung berlaku.", page.Find("[data-testid='form-saved']").TextContent.Trim());
        Assert.Contains(page.FindAll("[data-testid='zone-row']"), r => r.GetAttribute("data-zone-id") == "zona-3-lantai-3");
        Assert.Equal("Zona 3 — Lantai 3", Engine.Catalog.Zones["zona-3-lantai-3"].Name);
    }

    [Fact]
    public void Add_SaveClickedTwice_CreatesOneZone()
    {
        SignedInAs("admin");
        var page = Render<ZonesPage>();
        page.Find("[data-testid='zone-add']").Click();
        page.Find("input[data-testid='zone-name']").Enter("Zona 3");
        var save = page.Find("[data-testid='zone-save']");

        save.Click();
        if (page.FindAll("[data-testid='zone-save']").Count > 0)
        {
            page.Find("[data-testid='zone-save']").Click();
        }

        Assert.Equal(3, Engine.Catalog.Zones.Count);
        Assert.Single(Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), e => e.Action == "config.zone.create");
    }

    [Theory]
    [InlineData("", "Nama wajib diisi.")]
    [InlineData("zona 1 — lantai 1", "Nama \"zona 1 — lantai 1\" sudah dipakai.")]
    [InlineData("<script>", "Nama tidak boleh berisi tanda < atau > atau karakter kontrol.")]
    public void Add_BadName_ShowsTheMessageUnderTheName(string name, string message)
    {
        SignedInAs("admin");
        var page = Render<ZonesPage>();

        page.Find("[data-testid='zone-add']").Click();
        page.Find("input[data-testid='zone-name']").Enter(name);
        page.Find("[data-testid='zone-save']").Click();

        Assert.Equal(message, page.Find("[data-testid='error-name']").TextContent.Trim());
        Assert.Equal(2, Engine.Catalog.Zones.Count);
    }

    [Fact]
    public void Add_NameLongerThanAllowed_KeepsEveryCharacterSaysHowManyAreTooManyAndIsRefused()
    {
        SignedInAs("admin");
        var page = Render<ZonesPage>();
        page.Find("[data-testid='zone-add']").Click();
        var name = new string('x', CatalogRules.MaxNameLength + 3);

        page.Find("input[data-testid='zone-name']").Input(name);

        var input = page.Find("input[data-testid='zone-name']");
        Assert.True(int.Parse(input.GetAttribute("maxlength") ?? "0", System.Globalization.CultureInfo.InvariantCulture) > name.Length);
        Assert.Equal(name, input.GetAttribute("value"));
        Assert.Contains("103 / 100", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Paling banyak 100 karakter: hapus 3 karakter.", page.Markup, StringComparison.Ordinal);

        page.Find("[data-testid='zone-save']").Click();

        Assert.Equal("Nama terlalu panjang (maksimal 100 karakter).", page.Find("[data-testid='error-name']").TextContent.Trim());
        Assert.Equal(2, Engine.Catalog.Zones.Count);
    }

    [Fact]
    public void Edit_SortOrderOutOfRange_ShowsTheRange()
    {
        SignedInAs("admin");
        var page = Render<ZonesPage>();

        page.FindAll("[data-testid='zone-edit']")[0].Click();
        page.Find("input[data-testid='zone-sort']").Enter("1000");
        page.Find("[data-testid='zone-save']").Click();

        Assert.Equal("Urutan harus antara 0 dan 999.", page.Find("[data-testid='error-sortOrder']").TextContent.Trim());
    }

    [Fact]
    public void Edit_Rename_KeepsTheIdAndRenames()
    {
        SignedInAs("admin");
        var page = Render<ZonesPage>();

        page.FindAll("[data-testid='zone-edit']")[0].Click();
        page.Find("input[data-testid='zone-name']").Enter("Lobi Utama");
        page.Find("[data-testid='zone-save']").Click();

        Assert.Equal("Lobi Utama", Engine.Catalog.Zones["zona-1"].Name);
        Assert.Equal(2, Engine.Catalog.Zones.Count);
    }
}
