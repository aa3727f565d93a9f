using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.Pages;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;
using static MppQueue.Admin.Tests.People.PeopleForms;

namespace MppQueue.Admin.Tests.People;

public class AuditPageTests : AdminTestBase
{
    public AuditPageTests() => Services.AddSingleton(new ScreenRegistry(Store, Time));

    [Fact]
    public void Render_Admin_ShowsEntriesNewestFirstWithNamesAndATicketLink()
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Append("admin", "OfficerDisabled", "petugas-samsat", Time.GetUtcNow().AddMinutes(-10));
        Append("supervisor", "TicketNote", ticket.Id, Time.GetUtcNow().AddMinutes(-5));
        SignedInAs("admin");

        var page = Render<AuditPage>();

        var rows = page.FindAll("[data-testid='audit-row']");
        Assert.Equal(["TicketNote", "OfficerDisabled"], rows.Select(r => r.GetAttribute("data-action")));
        Assert.Contains("Ratna Kusumawardani", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(ticket.Number.ToString(), rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/counter/tickets/" + ticket.Id, rows[0].QuerySelector("[data-testid='audit-ticket-link']")!.GetAttribute("href"));
        Assert.Contains("Akun dinonaktifkan", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Null(rows[1].QuerySelector("[data-testid='audit-ticket-link']"));
    }

    [Fact]
    public void Show_OneActorAndAPeriod_FiltersTheEntries()
    {
        Append("admin", "OfficerCreated", "petugas-samsat", Time.GetUtcNow().AddDays(-10));
        Append("admin", "OfficerDisabled", "petugas-samsat", Time.GetUtcNow().AddMinutes(-3));
        Append("supervisor", "OfficerEnabled", "petugas-samsat", Time.GetUtcNow().AddMinutes(-2));
        SignedInAs("admin");
        var page = Render<AuditPage>();
        Assert.Equal(2, page.FindAll("[data-testid='audit-row']").Count);

        Choose(page, "audit-actor", "admin");
        Press(page, "audit-show");
        Assert.Equal(["OfficerDisabled"], page.FindAll("[data-testid='audit-row']").Select(r => r.GetAttribute("data-action")));

        page.FindComponents<MudBlazor.MudTextField<DateTime?>>()[0].Find("input").Enter("2026-11-01");
        Press(page, "audit-show");
        Assert.Equal(["OfficerDisabled", "OfficerCreated"], page.FindAll("[data-testid='audit-row']").Select(r => r.GetAttribute("data-action")));
    }

    [Fact]
    public void Show_EndBeforeStartOrEmptyOrTooLong_SaysWhy()
    {
        SignedInAs("admin");
        var page = Render<AuditPage>();
        var from = page.FindComponents<MudBlazor.MudTextField<DateTime?>>()[0].Find("input");
        var to = page.FindComponents<MudBlazor.MudTextField<DateTime?>>()[1].Find("input");

        from.Enter("2026-11-30");
        Press(page, "audit-show");
        Assert.Equal("Tanggal akhir tidak boleh sebelum tanggal awal.", Text(page, "audit-error"));

        page.FindComponents<MudBlazor.MudTextField<DateTime?>>()[0].Find("input").Enter("2024-01-01");
        Press(page, "audit-show");
        Assert.Equal("Periode paling lama 366 hari.", Text(page, "audit-error"));

        page.FindComponents<MudBlazor.MudTextField<DateTime?>>()[1].Find("input").Enter(string.Empty);
        Press(page, "audit-show");
        Assert.Equal("Isi tanggal awal dan akhir.", Text(page, "audit-error"));
        _ = to;
    }

    [Fact]
    public void Render_AgencySupervisor_SeesOnlyEntriesAboutTheirAgency()
    {
        var own = Engine.Issue(new IssueRequest("ktp-el"));
        var foreign = Engine.Issue(new IssueRequest("pajak-kendaraan"));
        var at = Time.GetUtcNow().AddMinutes(-1);
        Append("admin", "OfficerDisabled", "petugas-disdukcapil", at);
        Append("admin", "OfficerDisabled", "petugas-samsat", at);
        Append("admin", "TicketNote", own.Id, at);
        Append("admin", "TicketNote", foreign.Id, at);
        Append("petugas-disdukcapil", "DeskOpened", "loket-01", at);
        Append("admin", "DeviceRegistered", "some-device", at);
        SignedInAs("supervisor-disdukcapil");

        var page = Render<AuditPage>();

        var subjects = page.FindAll("[data-testid='audit-row']").Select(r => r.GetAttribute("data-subject")).Order().ToList();
        Assert.Equal(new[] { "loket-01", "petugas-disdukcapil", own.Id }.Order(), subjects);
        Assert.NotNull(page.Find("[data-testid='audit-scope']"));
    }

    private void Append(string actorId, string action, string subject, DateTimeOffset at) =>
        Store.AppendAudit(new AuditEntry(Tokens.NewId(), at, actorId, action, subject, "detail"));
}
