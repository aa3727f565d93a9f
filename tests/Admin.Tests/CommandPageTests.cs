using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.Pages;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

/// <summary>
/// The Command Center over the demo MPP (ten agencies, thirty desks) on Monday 09:00 WIB: what a supervisor reads on
/// the page and on the wall, as tickets are issued and called, and as waits, pauses and silent screens pass their limits.
/// </summary>
public class CommandPageTests : AdminTestBase
{
    private readonly ScreenRegistry _devices;

    public CommandPageTests()
    {
        _devices = new ScreenRegistry(Store, Time, TimeSpan.FromSeconds(60));
        Services.AddSingleton(_devices);
    }

    [Fact]
    public void Render_Supervisor_ShowsTheBuildingsFigures()
    {
        SignedInAs("supervisor");
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("paspor"));
        SignInOfficer("loket-01", "petugas-disdukcapil");
        Time.Advance(TimeSpan.FromMinutes(5));

        var page = Render<CommandPage>();

        Assert.Equal("Pusat Komando", page.Find("h1").TextContent);
        Assert.Equal("3", Total(page, "total-waiting"));
        Assert.Equal("5 mnt", Total(page, "total-longest-wait"));
        Assert.Equal("1", Total(page, "total-desks-open"));
        Assert.Equal("1", Total(page, "total-desks-idle"));
        Assert.Equal("29", Total(page, "total-desks-closed"));
        Assert.Equal(10, page.FindAll("[data-testid=command-agency]").Count);
        var ktp = Row(page, "ktp-el");
        Assert.Equal("2", Cell(ktp, "service-waiting"));
        Assert.Equal("5 mnt", Cell(ktp, "service-longest-wait"));
        Assert.Equal("198", Cell(ktp, "service-quota-left"));
        Assert.Equal("1/3 buka · 1 menganggur", Cell(ktp, "service-desks"));
        Assert.Equal("1 buka · 1 menganggur · 0 istirahat · 2 tutup", ktp.QuerySelector("[data-testid=service-desks]")!.GetAttribute("title"));
        Assert.Equal("Buka", Cell(ktp, "service-state"));
        Assert.Equal("1", Cell(Row(page, "paspor"), "service-waiting"));
        Assert.Equal("Tidak ada peringatan: semua layanan dalam standar, semua loket dan layar berjalan.", page.Find("[data-testid=command-no-alerts]").TextContent.Trim());
    }

    [Fact]
    public void Render_TicketIssuedCalledAndServed_UpdatesLive()
    {
        SignedInAs("supervisor");
        var page = Render<CommandPage>();
        Assert.Equal("0", Cell(Row(page, "ktp-el"), "service-waiting"));

        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        page.WaitForAssertion(() => Assert.Equal("1", Cell(Row(page, "ktp-el"), "service-waiting")));
        Assert.Equal("1", Total(page, "total-waiting"));
        Assert.Equal("199", Cell(Row(page, "ktp-el"), "service-quota-left"));

        SignInOfficer("loket-01", "petugas-disdukcapil");
        Engine.CallNext("loket-01");
        page.WaitForAssertion(() => Assert.Equal("0", Cell(Row(page, "ktp-el"), "service-waiting")));
        Assert.Equal("1", Total(page, "total-desks-open"));
        Assert.Equal("0", Total(page, "total-desks-idle"));

        Engine.Finish("loket-01", ticket.Id);
        page.WaitForAssertion(() => Assert.Equal("1", Cell(Row(page, "ktp-el"), "service-served")));
        Assert.Equal("1", Total(page, "total-served"));
        Assert.Equal("1", Total(page, "total-desks-idle"));
    }

    [Fact]
    public void Render_WaitPastStandard_ShowsTheAlertWithIconAndMarksTheService()
    {
        SignedInAs("supervisor");
        Engine.Issue(new IssueRequest("ktp-el"));
        Time.Advance(TimeSpan.FromMinutes(31));

        var page = Render<CommandPage>();

        var alert = page.Find("[data-testid=command-alert]");
        Assert.Equal("WaitOverStandard", alert.GetAttribute("data-kind"));
        Assert.NotNull(alert.QuerySelector("svg"));
        Assert.Contains("Tunggu melewati standar", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            "Disdukcapil · A KTP-el (Kartu Tanda Penduduk Elektronik): tunggu terlama 31 mnt, standar 30 mnt",
            alert.QuerySelector("[data-testid=command-alert-text]")!.TextContent);
        var row = Row(page, "ktp-el");
        Assert.Contains("over", row.ClassList);
        Assert.NotNull(row.QuerySelector("[data-testid=service-longest-wait] svg[aria-label]"));
        Assert.Equal("1 peringatan", page.Find("[data-agency-id=disdukcapil] [data-testid=agency-alerts]").TextContent.Trim());
        Assert.Contains("alarm", page.Find("[data-testid=total-longest-wait]").ClassList);
    }

    [Fact]
    public void Render_DeskPausedTooLong_ShowsTheAlert()
    {
        SignedInAs("supervisor");
        SignInOfficer("loket-07", "petugas-imigrasi");
        Engine.PauseDesk("loket-07", PauseReason.Prayer);
        Time.Advance(TimeSpan.FromMinutes(16));

        var page = Render<CommandPage>();

        var alert = page.Find("[data-testid=command-alert]");
        Assert.Equal("DeskPausedTooLong", alert.GetAttribute("data-kind"));
        Assert.Equal("Imigrasi · Loket 7: berhenti melayani (sholat) sudah 16 mnt, batas 15 mnt", alert.QuerySelector("[data-testid=command-alert-text]")!.TextContent);
        Assert.Equal("1", Total(page, "total-desks-paused"));
    }

    [Theory]
    [InlineData(
        "id",
        "Antrean melewati standar",
        "Disdukcapil · Antrean A KTP-el (Kartu Tanda Penduduk Elektronik): 3 orang (standar 2)",
        "Loket menganggur",
        "Disdukcapil · Loket 1 menganggur 12 mnt, 3 orang menunggu (batas 5 mnt)",
        "Disdukcapil · Antrean A: 3 orang (standar 2)",
        "Disdukcapil · Loket 1 menganggur 12 mnt, 3 orang menunggu")]
    [InlineData(
        "en",
        "Queue past its standard",
        "Disdukcapil · Queue of A Electronic identity card (KTP-el): 3 waiting (standard 2)",
        "Desk idle",
        "Disdukcapil · Counter 1 idle for 12 min, 3 waiting (limit 5 min)",
        "Disdukcapil · Queue of A: 3 waiting (standard 2)",
        "Disdukcapil · Counter 1 idle for 12 min, 3 waiting")]
    public void Render_QueuePastItsLengthAndDeskIdleWhilePeopleWait_ShowBothAlertsOnPageAndWall(
        string culture, string queueTitle, string queueText, string idleTitle, string idleText, string wallQueueText, string wallIdleText)
    {
        UseCulture(culture);
        SignedInAs("supervisor");
        var ktp = Engine.Catalog.Services["ktp-el"];
        Services.GetRequiredService<CatalogEditor>().SaveService(Store.LoadOfficers().Single(o => o.Id == "admin"), ktp with { StandardQueueLength = 2 }, ktp);
        for (var i = 0; i < 3; i++)
        {
            Engine.Issue(new IssueRequest("ktp-el"));
        }

        SignInOfficer("loket-01", "petugas-disdukcapil");
        Time.Advance(TimeSpan.FromMinutes(12));

        var page = Render<CommandPage>();

        var alerts = page.FindAll("[data-testid=command-alert]");
        Assert.Equal(["QueueOverStandard", "DeskIdleWhileWaiting"], alerts.Select(a => a.GetAttribute("data-kind")));
        Assert.Equal(["Error", "Warning"], alerts.Select(a => a.GetAttribute("data-severity")));
        Assert.All(alerts, a => Assert.NotNull(a.QuerySelector("svg")));
        Assert.Equal(queueTitle, alerts[0].QuerySelector(".command-alert-title")!.TextContent);
        Assert.Equal(queueText, alerts[0].QuerySelector("[data-testid=command-alert-text]")!.TextContent);
        Assert.Equal(idleTitle, alerts[1].QuerySelector(".command-alert-title")!.TextContent);
        Assert.Equal(idleText, alerts[1].QuerySelector("[data-testid=command-alert-text]")!.TextContent);
        var row = Row(page, "ktp-el");
        Assert.Contains("over", row.ClassList);
        Assert.NotNull(row.QuerySelector("[data-testid=service-waiting] svg[aria-label]"));
        Assert.Equal("3", Cell(row, "service-waiting"));

        var wall = Render<CommandWallPage>();

        Assert.Equal([wallQueueText, wallIdleText], wall.FindAll("[data-testid=command-alert-text]").Select(a => a.TextContent));
        Assert.Contains("over", Row(wall, "ktp-el").ClassList);
    }

    [Fact]
    public void Render_ScreenGoneSilent_ShowsTheAlertOnTheNextBeat()
    {
        Services.Configure<CommandOptions>(o => o.RefreshSeconds = 2);
        SignedInAs("supervisor");
        var screen = _devices.Register(new ScreenRegistration("TV Ruang Tunggu Zona 1", "zona-1"), Engine.Catalog);
        _devices.Seen(screen.Token, ScreenSound.Ready);
        var page = Render<CommandPage>();
        Assert.Equal("1/1", Total(page, "total-devices"));
        Assert.Empty(page.FindAll("[data-testid=command-alert]"));

        // No queue event: only the page's own beat can notice the silence.
        Time.Advance(TimeSpan.FromMinutes(3));

        page.WaitForAssertion(
            () => Assert.Equal("TV Ruang Tunggu Zona 1: tidak ada kabar sejak 3 mnt lalu", page.Find("[data-testid=command-alert-text]").TextContent),
            TimeSpan.FromSeconds(10));
        Assert.Equal("DeviceStale", page.Find("[data-testid=command-alert]").GetAttribute("data-kind"));
        Assert.Equal("0/1", Total(page, "total-devices"));
    }

    [Fact]
    public void Render_AgencySupervisor_SeesOnlyTheirAgency()
    {
        SignedInAs("supervisor-disdukcapil");
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("paspor"));
        Engine.Issue(new IssueRequest("paspor"));
        Time.Advance(TimeSpan.FromMinutes(40));

        var page = Render<CommandPage>();

        var agency = Assert.Single(page.FindAll("[data-testid=command-agency]"));
        Assert.Equal("disdukcapil", agency.GetAttribute("data-agency-id"));
        Assert.Empty(page.FindAll("[data-service-id=paspor]"));
        Assert.Equal("1", Total(page, "total-waiting"));
        Assert.Equal("6", Total(page, "total-desks-closed"));
        Assert.Equal("Hanya instansi Anda: Disdukcapil", page.Find("[data-testid=command-scope]").TextContent.Trim());
        var alert = Assert.Single(page.FindAll("[data-testid=command-alert]"));
        Assert.Contains("KTP-el", alert.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AccountDisabledSinceSignIn_ShowsNothingOfTheBuilding()
    {
        var officer = SignedInAs("supervisor");
        Store.SaveOfficer(officer with { Active = false });

        var page = Render<CommandPage>();

        Assert.Equal("Akun Anda tidak aktif lagi. Silakan masuk kembali.", page.Find("[data-testid=command-account-inactive]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=command-totals]"));
    }

    [Fact]
    public void Render_WallMode_ShowsTheBuildingLargeWithoutNavigation()
    {
        SignedInAs("supervisor");
        for (var i = 0; i < 6; i++)
        {
            Engine.Issue(new IssueRequest(i % 2 == 0 ? "ktp-el" : "skck"));
        }

        foreach (var (desk, officer) in new[] { ("loket-07", "petugas-imigrasi"), ("loket-09", "petugas-samsat"), ("loket-13", "petugas-polres") })
        {
            SignInOfficer(desk, officer);
            Engine.PauseDesk(desk, PauseReason.Break);
        }

        Time.Advance(TimeSpan.FromMinutes(50));

        var page = Render<CommandWallPage>();

        Assert.NotNull(page.Find("[data-testid=command-wall]"));
        Assert.Empty(page.FindAll("[data-testid=admin-nav]"));
        Assert.Contains("command-totals-wall", page.Find("[data-testid=command-totals]").ClassList);
        Assert.Equal("6", Total(page, "total-waiting"));
        Assert.Equal(10, page.FindAll("[data-testid=command-agency]").Count);
        Assert.Equal("3", Cell(Row(page, "ktp-el"), "service-waiting"));
        Assert.Equal("50 mnt", Cell(Row(page, "ktp-el"), "service-longest-wait"));

        // Two waits and three pauses: the wall has four lines, the three most urgent and how many more.
        Assert.Equal(3, page.FindAll("[data-testid=command-alert]").Count);
        Assert.Equal("+2 peringatan lainnya", page.Find("[data-testid=command-alerts-more]").TextContent.Trim());
        Assert.Equal("Disdukcapil · A: tunggu terlama 50 mnt, standar 30 mnt", page.Find("[data-testid=command-alert-text]").TextContent);
        Assert.Equal("09.50", page.Find("[data-testid=command-updated]").TextContent.Trim());
    }

    [Fact]
    public void Render_WallMode_UpdatesLive()
    {
        SignedInAs("supervisor");
        var page = Render<CommandWallPage>();

        Engine.Issue(new IssueRequest("paspor"));

        page.WaitForAssertion(() => Assert.Equal("1", Cell(Row(page, "paspor"), "service-waiting")));
        Assert.Equal("1", Total(page, "total-waiting"));
    }

    [Fact]
    public void Render_English_ShowsEnglishTexts()
    {
        UseCulture("en");
        SignedInAs("supervisor");
        Engine.Issue(new IssueRequest("ktp-el"));
        Time.Advance(TimeSpan.FromMinutes(75));

        var page = Render<CommandPage>();

        Assert.Equal("Command Center", page.Find("h1").TextContent);
        Assert.Contains("Waiting", page.Find("[data-testid=total-waiting]").TextContent, StringComparison.Ordinal);
        Assert.Equal(
            "Disdukcapil · A Electronic identity card (KTP-el): longest wait 1 h 15 min, standard 30 min",
            page.Find("[data-testid=command-alert-text]").TextContent);
        Assert.Equal("Open", Cell(Row(page, "ktp-el"), "service-state"));
    }

    [Fact]
    public async Task Dispose_Page_StopsListening()
    {
        SignedInAs("supervisor");
        var before = Notifier.HandlerCount;
        Render<CommandPage>();
        Assert.Equal(before + 1, Notifier.HandlerCount);

        await DisposeComponentsAsync();

        Assert.Equal(before, Notifier.HandlerCount);
    }

    private void SignInOfficer(string deskId, string officerId) =>
        Engine.SignInToDesk(deskId, Store.LoadOfficers().Single(o => o.Id == officerId));

    private static string Total(IRenderedComponent<CommandPage> page, string testId) =>
        page.Find($"[data-testid={testId}] [data-testid=value]").TextContent.Trim();

    private static string Total(IRenderedComponent<CommandWallPage> page, string testId) =>
        page.Find($"[data-testid={testId}] [data-testid=value]").TextContent.Trim();

    private static IElement Row<T>(IRenderedComponent<T> page, string serviceId)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        page.Find($"[data-testid=command-service][data-service-id={serviceId}]");

    private static string Cell(IElement row, string testId) =>
        row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();
}
