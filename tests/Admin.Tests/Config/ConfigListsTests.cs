using MppQueue.Admin.Pages.Config;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.Config;

public class ConfigListsTests : AdminTestBase
{
    [Fact]
    public void ServicesPage_AgencySupervisor_ListsOnlyTheirAgencysServices()
    {
        SignedInAs("supervisor-disdukcapil");

        var page = Render<ServicesPage>();

        var listed = page.FindAll("[data-testid='service-row']").Select(r => r.GetAttribute("data-service-id")).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, id => Assert.Equal("disdukcapil", Engine.Catalog.Services[id!].AgencyId));
        Assert.Contains("Dinas Kependudukan dan Pencatatan Sipil", page.Find("[data-testid='config-scope']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ServicesPage_ServiceAddedElsewhere_AppearsWithoutReload()
    {
        SignedInAs("admin");
        var page = Render<ServicesPage>();
        var editor = Services.GetService<CatalogEditor>()!;
        var admin = Store.LoadOfficers().Single(o => o.Id == "admin");

        editor.SaveService(admin, Engine.Catalog.Services["ktp-el"] with { Id = "ktp-anak", Prefix = "KIA", NameId = "Kartu Identitas Anak", NameEn = "Child ID card" }, null);

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid='service-row']"), r => r.GetAttribute("data-service-id") == "ktp-anak"));
    }

    [Fact]
    public void DesksPage_AgencySupervisor_ListsOnlyTheirAgencysDesks()
    {
        SignedInAs("supervisor-disdukcapil");

        var page = Render<DesksPage>();

        var listed = page.FindAll("[data-testid='desk-row']").Select(r => r.GetAttribute("data-desk-id")).ToList();
        Assert.Equal(6, listed.Count);
        Assert.All(listed, id => Assert.Equal("disdukcapil", Engine.Catalog.Desks[id!].AgencyId));
    }

    [Fact]
    public void DesksPage_MppSupervisor_ListsEveryDesk()
    {
        SignedInAs("supervisor");

        var page = Render<DesksPage>();

        Assert.Equal(30, page.FindAll("[data-testid='desk-row']").Count);
    }
}
