using MppQueue.Admin.Pages.Config;
using MppQueue.Admin.Tests.Support;

namespace MppQueue.Admin.Tests.Config;

public class AgenciesPageTests : AdminTestBase
{
    [Fact]
    public void Add_NewAgency_IsStoredWithAnIdFromItsShortName()
    {
        SignedInAs("admin");
        var page = Render<AgenciesPage>();

        page.Find("[data-testid='agency-add']").Click();
        page.Find("input[data-testid='agency-name']").Enter("Kantor Pos Harapan Jaya");
        page.Find("input[data-testid='agency-shortname']").Enter("Kantor Pos");
        page.Find("textarea[data-testid='agency-description-id']").Enter("Pengiriman dan pembayaran.");
        page.Find("[data-testid='agency-save']").Click();

        var agency = Engine.Catalog.Agencies["kantor-pos"];
        Assert.Equal("Kantor Pos Harapan Jaya", agency.Name);
        Assert.Equal("Pengiriman dan pembayaran.", agency.DescriptionId);
        Assert.Contains(page.FindAll("[data-testid='agency-row']"), r => r.GetAttribute("data-agency-id") == "kantor-pos");
    }

    [Theory]
    [InlineData("agency-name", "", "name", "Nama wajib diisi.")]
    [InlineData("agency-name", "Imigrasi <i>", "name", "Nama tidak boleh berisi tanda < atau > atau karakter kontrol.")]
    [InlineData("agency-shortname", "Nama singkat yang terlalu panjang sekali", "shortName", "Nama singkat terlalu panjang (maksimal 30 karakter).")]
    public void Edit_BadInput_ShowsTheMessageUnderThatField(string input, string value, string field, string message)
    {
        SignedInAs("admin");
        var page = Render<AgenciesPage>();

        page.FindAll("[data-testid='agency-edit']")[0].Click();
        page.Find($"input[data-testid='{input}']").Enter(value);
        page.Find("[data-testid='agency-save']").Click();

        Assert.Equal(message, page.Find($"[data-testid='error-{field}']").TextContent.Trim());
    }

    [Fact]
    public void Edit_DescriptionWithMarkup_IsRefusedUnderTheDescription()
    {
        SignedInAs("admin");
        var page = Render<AgenciesPage>();

        page.FindAll("[data-testid='agency-edit']")[0].Click();
        page.Find("textarea[data-testid='agency-description-en']").Enter("<script>alert(1)</script>");
        page.Find("[data-testid='agency-save']").Click();

        Assert.Equal("Deskripsi (Inggris) tidak boleh berisi tanda < atau > atau karakter kontrol.", page.Find("[data-testid='error-descriptionEn']").TextContent.Trim());
    }

    [Fact]
    public void Add_NameOfAnotherAgency_IsRefused()
    {
        SignedInAs("admin");
        var page = Render<AgenciesPage>();

        page.Find("[data-testid='agency-add']").Click();
        page.Find("input[data-testid='agency-name']").Enter("Samsat Kota Harapan Jaya");
        page.Find("[data-testid='agency-save']").Click();

        Assert.Equal("Nama \"Samsat Kota Harapan Jaya\" sudah dipakai.", page.Find("[data-testid='error-name']").TextContent.Trim());
        Assert.Equal(10, Engine.Catalog.Agencies.Count);
    }

    [Fact]
    public void Edit_ComplaintChannel_IsStoredForTheAgency()
    {
        SignedInAs("admin");
        var page = Render<AgenciesPage>();

        page.FindAll("[data-testid='agency-edit']")[0].Click();
        Assert.Equal(Core.DemoMpp.LaporUrl, page.Find("input[data-testid='agency-complaint-url']").GetAttribute("value"));
        page.Find("input[data-testid='agency-complaint-url']").Enter(" https://lapor.harapanjaya.go.id/disdukcapil ");
        page.Find("input[data-testid='agency-complaint-label']").Enter("LAPOR! Disdukcapil");
        page.Find("[data-testid='agency-save']").Click();

        var agency = Engine.Catalog.Agencies["disdukcapil"];
        Assert.Equal(("https://lapor.harapanjaya.go.id/disdukcapil", "LAPOR! Disdukcapil"), (agency.ComplaintUrl, agency.ComplaintLabel));
    }

    [Theory]
    [InlineData("http://www.lapor.go.id/", "Alamat pengaduan harus diawali https:// agar aman dibuka pengunjung: http://www.lapor.go.id/")]
    [InlineData("lapor.go.id", "Alamat pengaduan bukan alamat web yang lengkap (contoh: https://www.lapor.go.id/): lapor.go.id")]
    [InlineData("javascript:alert(1)", "Alamat pengaduan bukan alamat web yang lengkap (contoh: https://www.lapor.go.id/): javascript:alert(1)")]
    public void Edit_ComplaintUrlNotHttps_IsRefusedUnderTheField(string value, string message)
    {
        SignedInAs("admin");
        var page = Render<AgenciesPage>();

        page.FindAll("[data-testid='agency-edit']")[0].Click();
        page.Find("input[data-testid='agency-complaint-url']").Enter(value);
        page.Find("[data-testid='agency-save']").Click();

        Assert.Equal(message, page.Find("[data-testid='error-complaintUrl']").TextContent.Trim());
        Assert.Equal(Core.DemoMpp.LaporUrl, Engine.Catalog.Agencies["disdukcapil"].ComplaintUrl);
    }
}
