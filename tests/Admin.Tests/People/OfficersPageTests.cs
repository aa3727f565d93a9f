using MppQueue.Admin.Pages.People;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;
using static MppQueue.Admin.Tests.People.PeopleForms;

namespace MppQueue.Admin.Tests.People;

public class OfficersPageTests : AdminTestBase
{
    private const string Password = "sandi-rahasia-123";

    [Fact]
    public void Create_FilledIn_AddsTheAccountToTheListAndSaysSo()
    {
        SignedInAs("admin");
        var page = Render<OfficersPage>();

        Fill(page, "petugas.baru", "Budi Santoso", Password);
        Choose(page, "officer-agency", "samsat");
        Press(page, "create-submit");

        var created = Store.LoadOfficers().Single(o => o.UserName == "petugas.baru");
        Assert.Equal(("Budi Santoso", OfficerRole.Officer, "samsat"), (created.DisplayName, created.Role, created.AgencyId));
        Assert.Equal("Akun petugas.baru telah dibuat.", Text(page, "officer-notice"));
        Assert.Contains("Budi Santoso", Row(page, "data-user-name", "petugas.baru").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='create-error']"));
    }

    [Theory]
    [InlineData("", "Budi", Password, "Isi nama pengguna.")]
    [InlineData("ab", "Budi", Password, "Nama pengguna minimal 3 karakter dan hanya berisi huruf, angka, titik, tanda hubung atau garis bawah.")]
    [InlineData("<script>alert(1)</script>", "Budi", Password, "Nama pengguna minimal 3 karakter dan hanya berisi huruf, angka, titik, tanda hubung atau garis bawah.")]
    [InlineData("petugas.samsat", "Budi", Password, "Nama pengguna ini sudah dipakai akun lain.")]
    [InlineData("budi", "", Password, "Isi nama tampilan.")]
    [InlineData("budi", "Budi", "pendek", "Sandi minimal 10 karakter.")]
    public void Create_Invalid_ShowsTheReasonAndStoresNothing(string userName, string displayName, string password, string message)
    {
        SignedInAs("admin");
        var before = Store.LoadOfficers().Count;
        var page = Render<OfficersPage>();

        Fill(page, userName, displayName, password);
        Press(page, "create-submit");

        Assert.Equal(message, Text(page, "create-error"));
        Assert.Equal(before, Store.LoadOfficers().Count);
    }

    [Fact]
    public void Create_TooLongFieldsOrNoAgency_ShowTheirMessages()
    {
        SignedInAs("admin");
        var page = Render<OfficersPage>();

        Fill(page, new string('a', 41), "Budi", Password);
        Press(page, "create-submit");
        Assert.Equal("Nama pengguna paling banyak 40 karakter.", Text(page, "create-error"));

        Fill(page, "budi", new string('b', 81), Password);
        Press(page, "create-submit");
        Assert.Equal("Nama tampilan paling banyak 80 karakter.", Text(page, "create-error"));

        Fill(page, "budi", "Budi", new string('c', 129));
        Press(page, "create-submit");
        Assert.Equal("Sandi paling banyak 128 karakter.", Text(page, "create-error"));

        Fill(page, "budi", "Budi", Password);
        Choose(page, "officer-agency", string.Empty);
        Press(page, "create-submit");
        Assert.Equal("Petugas harus terdaftar pada satu instansi.", Text(page, "create-error"));

        Choose(page, "officer-agency", "instansi-palsu");
        Press(page, "create-submit");
        Assert.Equal("Instansi tidak dikenal.", Text(page, "create-error"));
        Assert.DoesNotContain(Store.LoadOfficers(), o => o.UserName == "budi");
    }

    [Fact]
    public void Create_GeneratedPassword_IsShownInTheFieldAndWorks()
    {
        SignedInAs("admin");
        var page = Render<OfficersPage>();

        Fill(page, "petugas.acak", "Acak", string.Empty);
        Press(page, "generate-password");
        var generated = page.Find("[data-testid='officer-password']").GetAttribute("value");
        Press(page, "create-submit");

        Assert.False(string.IsNullOrEmpty(generated));
        Assert.True(generated!.Length >= 10);
        var created = Store.LoadOfficers().Single(o => o.UserName == "petugas.acak");
        var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<Officer>();
        Assert.NotEqual(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(created, created.PasswordHash, generated));
    }

    [Fact]
    public void Render_AgencySupervisor_SeesOwnAgencyOnlyAndMayCreateOnlyOfficers()
    {
        SignedInAs("supervisor-disdukcapil");

        var page = Render<OfficersPage>();

        Assert.Contains("Kependudukan", Text(page, "officers-scope"), StringComparison.Ordinal);
        Assert.All(page.FindAll("[data-testid='officer-row']"), row => Assert.Contains("disdukcapil", row.GetAttribute("data-user-name"), StringComparison.Ordinal));
        Assert.DoesNotContain(page.FindAll("[data-testid='officer-row']"), row => row.GetAttribute("data-user-name") == "petugas.samsat");
        Assert.Empty(Row(page, "data-user-name", "supervisor.disdukcapil").QuerySelectorAll("[data-testid='toggle-active']"));
        Assert.NotEmpty(Row(page, "data-user-name", "petugas.disdukcapil").QuerySelectorAll("[data-testid='toggle-active']"));
        var roles = page.FindComponents<MudBlazor.MudSelectItem<OfficerRole>>().Select(i => i.Instance.Value).ToList();
        Assert.Equal([OfficerRole.Officer], roles);
    }

    [Fact]
    public void Disable_ConfirmedTwice_DisablesTheAccountAndSaysSessionsEnd()
    {
        SignedInAs("admin");
        var page = Render<OfficersPage>();

        page.Find("tr[data-user-name='petugas.samsat'] [data-testid='toggle-active']").Click();
        Assert.True(Store.LoadOfficers().Single(o => o.Id == "petugas-samsat").Active);
        Assert.Contains("yakin?", page.Find("tr[data-user-name='petugas.samsat'] [data-testid='toggle-active']").TextContent, StringComparison.Ordinal);
        page.Find("tr[data-user-name='petugas.samsat'] [data-testid='toggle-active']").Click();

        Assert.False(Store.LoadOfficers().Single(o => o.Id == "petugas-samsat").Active);
        Assert.Equal("false", Row(page, "data-user-name", "petugas.samsat").GetAttribute("data-active"));
        Assert.Equal("Akun petugas.samsat dinonaktifkan; sesi yang terbuka berakhir.", Text(page, "officer-notice"));
    }

    [Fact]
    public void Disable_Themselves_ShowsTheLastAdminOrSelfMessage()
    {
        SignedInAs("admin");
        var page = Render<OfficersPage>();

        page.Find("tr[data-user-name='admin'] [data-testid='toggle-active']").Click();
        page.Find("tr[data-user-name='admin'] [data-testid='toggle-active']").Click();
        Assert.Equal("Admin aktif terakhir tidak dapat dinonaktifkan.", Text(page, "row-error"));

        Store.SaveOfficer(new Officer { Id = "admin-2", UserName = "admin.dua", DisplayName = "Admin Dua", Role = OfficerRole.Admin });
        page.Find("tr[data-user-name='admin'] [data-testid='toggle-active']").Click();
        page.Find("tr[data-user-name='admin'] [data-testid='toggle-active']").Click();
        Assert.Equal("Anda tidak dapat menonaktifkan akun Anda sendiri.", Text(page, "row-error"));
        Assert.True(Store.LoadOfficers().Single(o => o.Id == "admin").Active);
    }

    [Fact]
    public void Disable_AfterTheActorLostTheRight_IsRefusedWithAMessage()
    {
        SignedInAs("supervisor");
        var page = Render<OfficersPage>();
        page.Find("tr[data-user-name='petugas.samsat'] [data-testid='toggle-active']").Click();

        // Meanwhile, in another tab, an admin turned the supervisor into an officer.
        Store.SaveOfficer(Store.LoadOfficers().Single(o => o.Id == "supervisor") with { Role = OfficerRole.Officer, AgencyId = "samsat" });
        page.Find("tr[data-user-name='petugas.samsat'] [data-testid='toggle-active']").Click();

        Assert.Equal("Anda tidak berwenang melakukan perubahan ini.", Text(page, "row-error"));
        Assert.True(Store.LoadOfficers().Single(o => o.Id == "petugas-samsat").Active);
    }

    [Fact]
    public void ResetPassword_TooShortThenValid_ShowsTheReasonThenChangesTheHash()
    {
        SignedInAs("admin");
        var before = Store.LoadOfficers().Single(o => o.Id == "petugas-samsat").PasswordHash;
        var page = Render<OfficersPage>();

        page.Find("tr[data-user-name='petugas.samsat'] [data-testid='reset-password']").Click();
        Type(page, "new-password", "123");
        Press(page, "save-password");
        Assert.Equal("Sandi minimal 10 karakter.", Text(page, "row-error"));
        Assert.Equal(before, Store.LoadOfficers().Single(o => o.Id == "petugas-samsat").PasswordHash);

        Type(page, "new-password", "sandi-baru-456789");
        Press(page, "save-password");

        Assert.NotEqual(before, Store.LoadOfficers().Single(o => o.Id == "petugas-samsat").PasswordHash);
        Assert.Equal("Sandi petugas.samsat telah diganti; sesi yang terbuka berakhir.", Text(page, "officer-notice"));
        Assert.Empty(page.FindAll("[data-testid='reset-form']"));
    }

    [Fact]
    public void Render_InEnglish_ShowsEnglishTexts()
    {
        UseCulture("en");
        SignedInAs("admin");

        var page = Render<OfficersPage>();
        Press(page, "create-submit");

        Assert.Equal("Officers and roles", page.Find("h1").TextContent);
        Assert.Equal("Enter a user name.", Text(page, "create-error"));
    }

    private static void Fill(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> page, string userName, string displayName, string password)
    {
        Type(page, "officer-username", userName);
        Type(page, "officer-displayname", displayName);
        Type(page, "officer-password", password);
    }
}
