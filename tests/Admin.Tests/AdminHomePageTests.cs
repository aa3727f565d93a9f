using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.Pages;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

/// <summary>The administration's home lists what needs attention now, each with where it is handled, within what the person may see.</summary>
public class AdminHomePageTests : AdminTestBase
{
    [Fact]
    public void Render_Admin_ListsThePausedDeskTheFullQuotaAndTheBackupWithTheirPages()
    {
        PauseTooLong("loket-01", "petugas-disdukcapil");
        FillQuota("pajak-kendaraan");
        SignedInAs("admin");

        var page = Render<AdminHomePage>();

        Assert.Equal("Beranda admin", page.Find("h1").TextContent);
        var items = Items(page);
        Assert.Equal(("quota-full", "/admin/services/pajak-kendaraan"), items.Single(i => i.Kind == "quota-full"));
        Assert.Equal(("command-DeskPausedTooLong", "/command"), items.Single(i => i.Kind == "command-DeskPausedTooLong"));
        Assert.Equal(("backup-overdue", "/admin/backup"), items.Single(i => i.Kind == "backup-overdue"));
        var quota = page.Find("[data-kind='quota-full']").TextContent;
        Assert.Contains("Pajak Kendaraan Tahunan · Samsat: 1 dari 1 nomor sudah diambil", quota, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='attention-scope']"));
    }

    [Fact]
    public void Render_AgencySupervisor_SeesOnlyTheirAgencyAndNothingBuildingWide()
    {
        PauseTooLong("loket-01", "petugas-disdukcapil");
        PauseTooLong("loket-09", "petugas-samsat");
        FillQuota("pajak-kendaraan");
        SignedInAs("supervisor-disdukcapil");

        var page = Render<AdminHomePage>();

        var paused = Assert.Single(page.FindAll("[data-kind='command-DeskPausedTooLong']"));
        Assert.Contains("Loket 1", paused.TextContent, StringComparison.Ordinal);
        Assert.Equal(["command-DeskPausedTooLong"], Items(page).Select(i => i.Kind));
        Assert.Contains("Dinas Kependudukan", page.Find("[data-testid='attention-scope']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DeskOpenWithoutCallingWhilePeopleWait_IsListedAfterFiveMinutes()
    {
        var rina = Store.LoadOfficers().Single(o => o.Id == "petugas-disdukcapil");
        Engine.SignInToDesk("loket-01", rina);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        SignedInAs("supervisor");
        Time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal("Tidak ada yang perlu perhatian sekarang.", Render<AdminHomePage>().Find("[data-testid='attention-none']").TextContent);

        Time.Advance(TimeSpan.FromMinutes(2));
        var page = Render<AdminHomePage>();

        // The Command Center's own alert, with its link there: one rule for "idle while people wait" in both places.
        var idle = page.Find("[data-kind='command-DeskIdleWhileWaiting']").TextContent;
        Assert.Contains("Loket 1", idle, StringComparison.Ordinal);
        Assert.Contains("2 orang", idle, StringComparison.Ordinal);
    }

    private static List<(string Kind, string Link)> Items(IRenderedComponent<AdminHomePage> page) =>
        [.. page.FindAll("[data-testid='attention-item']").Select(i => (i.GetAttribute("data-kind")!, i.QuerySelector("[data-testid='attention-link']")!.GetAttribute("href")!))];

    private void PauseTooLong(string deskId, string officerId)
    {
        var officer = Store.LoadOfficers().Single(o => o.Id == officerId);
        Engine.SignInToDesk(deskId, officer);
        Engine.PauseDesk(deskId, PauseReason.Break, officerId: officer.Id);
        Time.Advance(TimeSpan.FromMinutes(20));
    }

    private void FillQuota(string serviceId)
    {
        var admin = Store.LoadOfficers().Single(o => o.Id == "admin");
        var service = Engine.Catalog.Services[serviceId];
        Services.GetRequiredService<CatalogEditor>().SaveService(admin, service with { Quota = new DailyQuota(1), Booking = BookingRules.Closed }, service);
        Engine.Issue(new IssueRequest(serviceId));
    }
}
