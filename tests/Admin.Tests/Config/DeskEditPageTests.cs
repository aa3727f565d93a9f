using Bunit;
using MppQueue.Admin.Pages.Config;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.Config;

public class DeskEditPageTests : AdminTestBase
{
    private IRenderedComponent<DeskEditPage> Open(string deskId, string officer = "admin")
    {
        SignedInAs(officer);
        return Render<DeskEditPage>(p => p.Add(x => x.DeskId, deskId));
    }

    private static void Save(IRenderedComponent<DeskEditPage> page) => page.Find("[data-testid='desk-save']").Click();

    private static string ErrorOf(IRenderedComponent<DeskEditPage> page, string field) =>
        page.Find($"[data-testid='error-{field}']").TextContent.Trim();

    private static void Serve(IRenderedComponent<DeskEditPage> page, string serviceId, bool serves) =>
        page.Find($"[data-testid='desk-services'] [data-service-id='{serviceId}'] input[type='checkbox'], [data-testid='desk-services'] input[data-service-id='{serviceId}']").Change(serves);

    [Fact]
    public void SaveNew_WithAService_IsLiveAtOnce()
    {
        var page = Open("new", "supervisor-disdukcapil");

        Serve(page, "ktp-el", true);
        Save(page);

        var desk = Assert.Single(Engine.Catalog.Desks.Values, d => d.Number == 31);
        Assert.Equal("disdukcapil", desk.AgencyId);
        Assert.Equal(["ktp-el"], desk.ServiceIds.ToArray());
        Assert.EndsWith("/admin/desks/" + desk.Id, Address, StringComparison.Ordinal);
        Assert.Equal("Loket 31 tersimpan dan langsung berlaku.", page.Find("[data-testid='form-saved']").TextContent.Trim());
    }

    [Fact]
    public void SaveNew_ClickedTwice_CreatesOneDesk()
    {
        var page = Open("new");
        Serve(page, page.Find("[data-testid='desk-services'] [data-service-id]").GetAttribute("data-service-id")!, true);

        Save(page);
        Save(page);

        Assert.Equal(31, Engine.Catalog.Desks.Count);
    }

    [Fact]
    public void SaveNew_WithoutAnyService_IsRefusedUnderTheServices()
    {
        var page = Open("new");

        Save(page);

        Assert.Equal("Loket harus melayani minimal satu layanan.", ErrorOf(page, "services"));
        Assert.Equal(30, Engine.Catalog.Desks.Count);
    }

    [Fact]
    public void Save_NumberOfAnotherDesk_IsRefusedNamingIt()
    {
        var page = Open("loket-02");

        page.Find("input[data-testid='desk-number']").Enter("1");
        Save(page);

        Assert.Equal("Nomor loket 1 sudah dipakai (Loket 1).", ErrorOf(page, "number"));
    }

    [Fact]
    public void Save_NumberOutOfRange_SaysTheRange()
    {
        var page = Open("loket-02");

        page.Find("input[data-testid='desk-number']").Enter("0");
        Save(page);

        Assert.Equal("Nomor loket harus antara 1 dan 999.", ErrorOf(page, "number"));
    }

    [Theory]
    [InlineData("", "Nama wajib diisi.")]
    [InlineData("Loket <3>", "Nama tidak boleh berisi tanda < atau > atau karakter kontrol.")]
    public void Save_BadName_IsRefusedUnderTheName(string name, string message)
    {
        var page = Open("loket-02");

        page.Find("input[data-testid='desk-name']").Enter(name);
        Save(page);

        Assert.Equal(message, ErrorOf(page, "name"));
    }

    [Fact]
    public void Save_DeactivatedWhileATicketIsAtTheDesk_IsRefused()
    {
        var officer = Store.LoadOfficers().Single(o => o.Id == "petugas-disdukcapil");
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.SignInToDesk("loket-01", officer);
        Engine.CallNext("loket-01", officer.Id);
        var page = Open("loket-01");

        page.Find("[data-testid='desk-active'] input, input[data-testid='desk-active']").Change(false);
        Save(page);

        Assert.Equal($"Loket ini sedang menangani {ticket.Number}. Selesaikan dulu sebelum menonaktifkan loket atau melepas layanan nomor tersebut.", ErrorOf(page, "active"));
        Assert.True(Engine.Catalog.Desks["loket-01"].Active);
    }

    [Fact]
    public void Save_ServiceChange_TakesEffectForCallingAtOnce()
    {
        var page = Open("loket-01");

        Serve(page, "kartu-keluarga", true);
        Save(page);

        Assert.Contains("kartu-keluarga", Engine.Catalog.Desks["loket-01"].ServiceIds);
    }

    [Fact]
    public void Open_AgencySupervisorOtherAgencysDesk_ShowsARefusalNotTheForm()
    {
        var page = Open("loket-07", "supervisor-disdukcapil");

        Assert.Empty(page.FindAll("[data-testid='desk-form']"));
        Assert.NotNull(page.Find("[data-testid='config-refused']"));
    }

    [Fact]
    public void Open_Officer_ShowsARefusal()
    {
        var page = Open("loket-01", "petugas-disdukcapil");

        Assert.Empty(page.FindAll("[data-testid='desk-form']"));
        Assert.Equal("Anda tidak berwenang membuka halaman ini.", page.Find("[data-testid='config-refused']").TextContent.Trim());
    }
}
