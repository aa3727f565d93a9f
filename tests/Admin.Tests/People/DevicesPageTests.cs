using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.Pages.People;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;
using static MppQueue.Admin.Tests.People.PeopleForms;

namespace MppQueue.Admin.Tests.People;

public class DevicesPageTests : AdminTestBase
{
    public DevicesPageTests()
    {
        Registry = new ScreenRegistry(Store, Time);
        Services.AddSingleton(Registry);
        SignedInAs("admin");
    }

    private ScreenRegistry Registry { get; }

    [Fact]
    public void Register_Kiosk_StoresItAndShowsItsKioskAddressOnce()
    {
        var page = Render<DevicesPage>();

        Type(page, "device-name", "Kios pintu utara");
        Press(page, "register-submit");

        var kiosk = Assert.Single(Registry.Screens());
        Assert.Equal((ScreenKind.Kiosk, "zona-1", "Kios pintu utara"), (kiosk.Kind, kiosk.ZoneId, kiosk.Name));
        Assert.EndsWith("/kiosk?device=" + kiosk.Token, Text(page, "device-address-text"), StringComparison.Ordinal);
        var row = Row(page, "data-device-id", kiosk.Id);
        Assert.Equal("Kiosk", row.GetAttribute("data-kind"));
        Assert.Equal("NeverSeen", row.GetAttribute("data-health"));
        Assert.Contains("Belum pernah terhubung", row.TextContent, StringComparison.Ordinal);
        var audit = Assert.Single(Store.LoadAudit(DateTimeOffset.UnixEpoch, Time.GetUtcNow().AddDays(1)));
        Assert.Equal(("DeviceRegistered", "admin", kiosk.Id), (audit.Action, audit.ActorId, audit.Subject));
    }

    [Fact]
    public void Register_DeskScreen_TakesTheDesksZoneAndShowsTheDeskAddress()
    {
        var page = Render<DevicesPage>();

        Type(page, "device-name", "TV loket 28");
        Pick(page, ScreenKind.Desk);
        Choose(page, "device-desk", "loket-28");
        Press(page, "register-submit");

        var screen = Assert.Single(Registry.Screens());
        Assert.Equal((ScreenKind.Desk, "loket-28", "zona-2"), (screen.Kind, screen.DeskId, screen.ZoneId));
        Assert.EndsWith("/display/desk/loket-28?device=" + screen.Token, Text(page, "device-address-text"), StringComparison.Ordinal);
    }

    [Fact]
    public void Register_Invalid_ShowsEveryReasonAndStoresNothing()
    {
        var page = Render<DevicesPage>();

        Press(page, "register-submit");
        Assert.Equal("Isi nama perangkat.", Text(page, "register-error"));

        Type(page, "device-name", new string('x', 61));
        Press(page, "register-submit");
        Assert.Equal("Nama perangkat paling banyak 60 karakter.", Text(page, "register-error"));

        Type(page, "device-name", "Kios");
        Choose(page, "device-zone", string.Empty);
        Press(page, "register-submit");
        Assert.Equal("Pilih zona tempat perangkat berada.", Text(page, "register-error"));

        Pick(page, ScreenKind.Desk);
        Press(page, "register-submit");
        Assert.Equal("Pilih loket tempat layar dipasang.", Text(page, "register-error"));
        Assert.Empty(Registry.Screens());
    }

    [Fact]
    public void Rename_EmptyThenValid_ShowsTheReasonThenRenames()
    {
        var kiosk = Registry.Register(new ScreenRegistration("Kios A", "zona-1", ScreenKind.Kiosk), Engine.Catalog);
        var page = Render<DevicesPage>();

        page.Find($"tr[data-device-id='{kiosk.Id}'] [data-testid='rename']").Click();
        Type(page, "rename-name", " ");
        Press(page, "rename-save");
        Assert.Equal("Isi nama perangkat.", Text(page, "device-row-error"));

        Type(page, "rename-name", "Kios pintu selatan");
        Press(page, "rename-save");

        Assert.Equal("Kios pintu selatan", Registry.Find(kiosk.Id)!.Name);
        Assert.Equal(kiosk.Token, Registry.Find(kiosk.Id)!.Token);
        Assert.Equal("Nama diganti menjadi Kios pintu selatan.", Text(page, "device-notice"));
    }

    [Fact]
    public void Rename_DeviceRevokedInAnotherTab_SaysItIsGone()
    {
        var kiosk = Registry.Register(new ScreenRegistration("Kios A", "zona-1", ScreenKind.Kiosk), Engine.Catalog);
        var page = Render<DevicesPage>();
        page.Find($"tr[data-device-id='{kiosk.Id}'] [data-testid='rename']").Click();

        Registry.Remove(kiosk.Id);
        Type(page, "rename-name", "Kios B");
        Press(page, "rename-save");

        Assert.Equal("Perangkat ini sudah tidak terdaftar.", Text(page, "device-row-error"));
        Assert.Empty(page.FindAll("[data-testid='device-row']"));
    }

    [Fact]
    public void Revoke_ConfirmedTwice_TheTokenStopsAtOnce()
    {
        var kiosk = Registry.Register(new ScreenRegistration("Kios A", "zona-1", ScreenKind.Kiosk), Engine.Catalog);
        var page = Render<DevicesPage>();

        page.Find($"tr[data-device-id='{kiosk.Id}'] [data-testid='revoke']").Click();
        Assert.NotNull(Registry.FindByToken(kiosk.Token));
        page.Find($"tr[data-device-id='{kiosk.Id}'] [data-testid='revoke']").Click();

        Assert.Null(Registry.FindByToken(kiosk.Token));
        Assert.Equal("Kios A dicabut; tokennya tidak berlaku lagi.", Text(page, "device-notice"));
        Assert.Empty(page.FindAll("[data-testid='device-row']"));
    }

    [Fact]
    public void RenewToken_ConfirmedTwice_ShowsTheNewAddressAndTheOldTokenStops()
    {
        var screen = Registry.Register(new ScreenRegistration("TV zona 1", "zona-1"), Engine.Catalog);
        var page = Render<DevicesPage>();

        page.Find($"tr[data-device-id='{screen.Id}'] [data-testid='renew']").Click();
        page.Find($"tr[data-device-id='{screen.Id}'] [data-testid='renew']").Click();

        var renewed = Registry.Find(screen.Id)!;
        Assert.NotEqual(screen.Token, renewed.Token);
        Assert.Null(Registry.FindByToken(screen.Token));
        Assert.EndsWith("/display/zona-1?device=" + renewed.Token, Text(page, "device-address-text"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SeenAndSilentDevices_ShowOnlineAndStale()
    {
        var online = Registry.Register(new ScreenRegistration("Kios A", "zona-1", ScreenKind.Kiosk), Engine.Catalog);
        var stale = Registry.Register(new ScreenRegistration("TV B", "zona-2"), Engine.Catalog);
        Registry.Seen(stale.Token, ScreenSound.Unknown);
        Time.Advance(TimeSpan.FromMinutes(5));
        Registry.Seen(online.Token, ScreenSound.Unknown);

        var page = Render<DevicesPage>();

        Assert.Equal("Online", Row(page, "data-device-id", online.Id).GetAttribute("data-health"));
        Assert.Equal("Stale", Row(page, "data-device-id", stale.Id).GetAttribute("data-health"));
        Assert.Contains("Tidak merespons", Row(page, "data-device-id", stale.Id).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_BySomeoneNoLongerAdmin_IsRefused()
    {
        var page = Render<DevicesPage>();
        Store.SaveOfficer(Store.LoadOfficers().Single(o => o.Id == "admin") with { Role = OfficerRole.Supervisor });

        Type(page, "device-name", "Kios");
        Press(page, "register-submit");

        Assert.Equal("Anda tidak berwenang melakukan perubahan ini.", Text(page, "register-error"));
        Assert.Empty(Registry.Screens());
    }
}
