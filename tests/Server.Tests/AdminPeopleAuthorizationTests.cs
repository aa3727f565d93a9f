using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Kiosk;
using MppQueue.Kiosk.Api;
using MppQueue.Server.Tests.Support;
using MppQueue.Storage;

namespace MppQueue.Server.Tests;

/// <summary>
/// The officers, devices, audit and backup pages and the backup download: who is let in, who is turned away, what an
/// agency-scoped supervisor sees; kiosk tokens versus screen and revoked tokens; a disabled account's open session;
/// and a backup taken while tickets are being issued, opened and checked. The tests that only read, or register their own
/// screens, share one started server; those that change accounts, settings or the audit start their own.
/// </summary>
public class AdminPeopleAuthorizationTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task GetOfficers_AgencySupervisor_SeesOnlyTheirAgencysAccounts()
    {
        var factory = shared.Factory;
        using var scoped = await Accounts.SignedInAsync(factory, "supervisor.disdukcapil");
        using var admin = await Accounts.SignedInAsync(factory, "admin");

        var scopedPage = await scoped.GetStringAsync("/admin/officers");
        var adminPage = await admin.GetStringAsync("/admin/officers");

        Assert.Contains("data-user-name=\"petugas.disdukcapil\"", scopedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-user-name=\"petugas.samsat\"", scopedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-user-name=\"admin\"", scopedPage, StringComparison.Ordinal);
        Assert.Contains("data-user-name=\"petugas.samsat\"", adminPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAudit_AgencySupervisor_SeesNoEntryAboutAnotherAgency()
    {
        using var factory = new MppQueueFactory();
        var officers = factory.Services.GetRequiredService<OfficerAdministration>();
        var store = factory.Services.GetRequiredService<IQueueStore>();
        var admin = store.LoadOfficers().Single(o => o.Id == "admin");
        officers.SetActive(admin, "petugas-samsat", false);
        officers.SetActive(admin, "petugas-disdukcapil", false);
        using var scoped = await Accounts.SignedInAsync(factory, "supervisor.disdukcapil");
        using var mppWide = await Accounts.SignedInAsync(factory, "supervisor");

        var scopedPage = await scoped.GetStringAsync("/admin/audit");
        var mppPage = await mppWide.GetStringAsync("/admin/audit");

        Assert.Contains("data-subject=\"petugas-disdukcapil\"", scopedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-subject=\"petugas-samsat\"", scopedPage, StringComparison.Ordinal);
        Assert.Contains("data-subject=\"petugas-samsat\"", mppPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_OfficerWithAnOpenSession_TheNextRequestGoesToSignIn()
    {
        using var factory = new MppQueueFactory();
        using var officer = await Accounts.SignedInAsync(factory, "petugas.samsat");
        using var before = await officer.GetAsync("/counter");
        var store = factory.Services.GetRequiredService<IQueueStore>();

        factory.Services.GetRequiredService<OfficerAdministration>().SetActive(store.LoadOfficers().Single(o => o.Id == "admin"), "petugas-samsat", false);
        using var after = await officer.GetAsync("/counter");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
        Assert.StartsWith("/account/signin", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_NewPasswordSignsInOldOneNot()
    {
        using var factory = new MppQueueFactory();
        var store = factory.Services.GetRequiredService<IQueueStore>();
        factory.Services.GetRequiredService<OfficerAdministration>().ResetPassword(store.LoadOfficers().Single(o => o.Id == "admin"), "petugas-samsat", "sandi-baru-456789");
        using var client = Accounts.Client(factory);

        using var old = await Accounts.PostSignInAsync(client, "petugas.samsat", Accounts.DemoPassword);
        using var fresh = await Accounts.PostSignInAsync(client, "petugas.samsat", "sandi-baru-456789");

        Assert.NotEqual(HttpStatusCode.Found, old.StatusCode);
        Assert.Equal(HttpStatusCode.Found, fresh.StatusCode);
    }

    [Fact]
    public async Task IssueTicket_ScreenTokenOrRevokedKioskToken_IsForbidden()
    {
        using var factory = new MppQueueFactory();
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("MppQueue:Kiosk:RequireRegisteredKiosk", "false"));
        using var client = host.CreateClient();
        var registry = host.Services.GetRequiredService<ScreenRegistry>();
        var engine = host.Services.GetRequiredService<QueueEngine>();
        var screen = registry.Register(new ScreenRegistration("TV zona 1", "zona-1"), engine.Catalog);
        var kiosk = registry.Register(new ScreenRegistration("Kios utara", "zona-1", ScreenKind.Kiosk), engine.Catalog);
        var revoked = registry.Register(new ScreenRegistration("Kios selatan", "zona-1", ScreenKind.Kiosk), engine.Catalog);
        var devices = host.Services.GetRequiredService<DeviceAdministration>();
        Assert.True(devices.Revoke(host.Services.GetRequiredService<IQueueStore>().LoadOfficers().Single(o => o.Id == "admin"), revoked.Id));

        using var byScreen = await client.SendAsync(Post(screen.Token));
        using var byRevoked = await client.SendAsync(Post(revoked.Token));
        using var byKiosk = await client.SendAsync(Post(kiosk.Token));

        Assert.Equal(HttpStatusCode.Forbidden, byScreen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byRevoked.StatusCode);
        Assert.Contains("bukan milik kiosk terdaftar", await byRevoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, byKiosk.StatusCode);
        Assert.Equal([kiosk.Id], engine.TicketsToday().Select(t => t.KioskId));
    }

    [Fact]
    public async Task Download_WhileTicketsAreIssued_GivesAConsistentCopyNamedByLocalTime()
    {
        using var factory = MppQueueFactory.OnLiteDb();
        var engine = factory.Engine;
        var store = factory.Services.GetRequiredService<IQueueStore>();
        foreach (var id in new[] { "ktp-el", "paspor" })
        {
            store.SaveService(engine.Catalog.Services[id] with { Quota = new DailyQuota(5000) });
        }

        engine.ReloadCatalog();
        using var admin = await Accounts.SignedInAsync(factory, "admin");
        var leftovers = TempBackups();
        using var stop = new CancellationTokenSource();
        var issuing = Task.Run(() =>
        {
            var issued = 0;
            while (!stop.IsCancellationRequested && issued < 4000)
            {
                engine.Issue(new IssueRequest(issued % 3 == 0 ? "paspor" : "ktp-el"));
                issued++;
            }

            return issued;
        });
        while (engine.TicketsToday().Count < 20)
        {
            await Task.Delay(5);
        }

        var countBefore = engine.TicketsToday().Count;
        using var response = await admin.GetAsync(BackupDownload.Path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // The one issuing thread may have a ticket committed to the file (so in the copy) but not yet in the engine's
        // day: a move is stored before anyone hears of it.
        var countAfter = engine.TicketsToday().Count + 1;
        await stop.CancelAsync();
        await issuing;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("mppqueue-2026-11-23-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var copyPath = Path.Combine(Path.GetDirectoryName(factory.DataPath)!, "copy", "mppqueue.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copyPath)!);
        await File.WriteAllBytesAsync(copyPath, bytes);
        using (var copy = new LiteQueueStore(copyPath))
        {
            var tickets = copy.LoadTickets(engine.Today);
            Assert.InRange(tickets.Count, countBefore, countAfter);
            Assert.Equal(tickets.Count, tickets.Select(t => t.Number).Distinct().Count());
            foreach (var group in tickets.GroupBy(t => t.Number.Prefix))
            {
                var counter = copy.LastNumber(engine.Today, group.Key);
                Assert.All(group, t => Assert.True(t.Number.Sequence <= counter, $"{t.Number} is above its counter {counter}"));
                Assert.Equal(Enumerable.Range(1, counter), group.Select(t => t.Number.Sequence).Order());
            }

            Assert.NotNull(copy.LoadCatalog());
            Assert.Contains(copy.LoadOfficers(), o => o.UserName == "admin");
        }

        var audit = store.LoadAudit(DateTimeOffset.UnixEpoch, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero)).Where(a => a.Action == AuditActions.BackupDownloaded).ToList();
        Assert.Equal("admin", Assert.Single(audit).ActorId);
        Assert.Empty(await NewTempBackupsAsync(leftovers));
    }

    [Fact]
    public async Task DeviceAddresses_AreTheKioskAndDisplayRoutesAndKiosksStayOffTheWallScreenList()
    {
        var factory = shared.Factory;
        var registry = factory.Services.GetRequiredService<ScreenRegistry>();
        var catalog = factory.Engine.Catalog;
        var kiosk = registry.Register(new ScreenRegistration("Kios utara", "zona-1", ScreenKind.Kiosk), catalog);
        var zone = registry.Register(new ScreenRegistration("TV zona 2", "zona-2"), catalog);
        var desk = registry.Register(new ScreenRegistration("TV loket 28", string.Empty, ScreenKind.Desk, "loket-28"), catalog);
        using var supervisor = await Accounts.SignedInAsync(factory, "supervisor");

        var screens = await supervisor.GetStringAsync("/display/screens");

        Assert.Equal(MppQueue.Kiosk.KioskRoutes.Start(kiosk.Token), DeviceAddresses.PathOf(kiosk));
        Assert.Equal(MppQueue.Display.DisplayRoutes.Zone("zona-2", zone.Token), DeviceAddresses.PathOf(zone));
        Assert.Equal(MppQueue.Display.DisplayRoutes.Desk("loket-28", desk.Token), DeviceAddresses.PathOf(desk));
        Assert.Contains($"data-screen-id=\"{zone.Id}\"", screens, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-screen-id=\"{kiosk.Id}\"", screens, StringComparison.Ordinal);
    }

    private static List<string> TempBackups() => [.. Directory.GetFiles(Path.GetTempPath(), "mppqueue-backup-*.db")];

    // Other tests download backups at the same time through the same temp folder: a copy of theirs is there only while
    // their download runs, one left behind stays. Waits a few seconds for the folder to hold nothing new.
    private static async Task<List<string>> NewTempBackupsAsync(List<string> before)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        var added = TempBackups().Except(before).ToList();
        while (added.Count > 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            added = TempBackups().Except(before).ToList();
        }

        return added;
    }

    private static HttpRequestMessage Post(string deviceToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, KioskEndpoints.TicketsPath) { Content = JsonContent.Create(new IssueTicketMessage("ktp-el")) };
        request.Headers.Add(KioskEndpoints.DeviceTokenHeader, deviceToken);
        return request;
    }
}
