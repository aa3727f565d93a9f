using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>
/// The back office reads like Indonesian: after a morning's moves (a take-over, recalls, a late visitor moving back,
/// a prayer pause, a desk and a service changed), the audit trail and a ticket's history say what happened in
/// words, with names instead of ids, and no code of the log is on either page.
/// </summary>
public class AuditTrailTests
{
    // What the log and the moves record, which a person must never read: action codes, enum names, ids, a status to itself.
    private static readonly string[] _raw =
    [
        .. AuditCodes.All, "Prayer", "True", "False", "WalkIn", "PriorityFirst", "walk-in", "take-over", "loket-0", "petugas-", "ktp-el",
        "Menunggu → Menunggu", "Dipanggil → Dipanggil",
    ];

    [Fact]
    public async Task AuditTrailAndTicketHistory_AfterAMorningsMoves_ReadInWordsWithoutCodes()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var engine = factory.Engine;
        var officers = factory.Services.GetRequiredService<IQueueStore>().LoadOfficers().ToDictionary(o => o.Id);
        var desk = engine.Catalog.Desks["loket-01"];

        engine.SignInToDesk(desk.Id, officers["petugas-disdukcapil"]);
        var late = engine.Issue(new IssueRequest("ktp-el"));
        engine.Issue(new IssueRequest("ktp-el"));
        engine.PostponeByToken(late.Token);
        var first = engine.CallNext(desk.Id, "petugas-disdukcapil");
        engine.Recall(desk.Id, first.Id, "petugas-disdukcapil");
        engine.StartServing(desk.Id, first.Id, "petugas-disdukcapil");
        engine.Finish(desk.Id, first.Id, "petugas-disdukcapil");
        var called = engine.CallNext(desk.Id, "petugas-disdukcapil");
        engine.Recall(desk.Id, called.Id, "petugas-disdukcapil");
        engine.Finish(desk.Id, called.Id, "petugas-disdukcapil");
        engine.PauseDesk(desk.Id, PauseReason.Prayer, officerId: "petugas-disdukcapil");
        engine.SignInToDesk(desk.Id, officers["supervisor-disdukcapil"], takeOver: true);
        var editor = factory.Services.GetRequiredService<CatalogEditor>();
        var other = engine.Catalog.Desks["loket-03"];
        editor.SaveDesk(officers["admin"], other with { Active = false }, other);
        var service = engine.Catalog.Services["kartu-keluarga"];
        editor.SaveService(officers["admin"], service with { StandardWaitMinutes = 25, Policy = PriorityPolicy.Ratio(4) }, service);

        await using var browser = await Browser.LaunchAsync();
        var signIn = new CounterScreen(await browser.NewPageAsync(address, 1920, 1080));
        await signIn.SignInAsync("admin");
        var admin = new AdminScreen(signIn.Page);

        await admin.OpenPageAsync("/admin/audit");
        var rows = admin.Page.Locator("[data-testid='audit-row']");
        await Expect(rows).ToHaveCountAsync(5, new() { Timeout = 20_000 });
        var audit = await admin.Page.Locator("body").InnerTextAsync();
        await admin.SaveScreenshotAsync("audit-trail-id.png");
        Assert.Contains("Alasan: sholat", audit, StringComparison.Ordinal);
        Assert.Contains("Aktif: ya → tidak", audit, StringComparison.Ordinal);
        Assert.Contains("Loket 1 · Disdukcapil", audit, StringComparison.Ordinal);
        Assert.Contains("Mengambil alih loket dari Rina Wulandari", audit, StringComparison.Ordinal);
        NoRawCodes(audit);

        await admin.OpenPageAsync("/counter/tickets/" + late.Id);
        await Expect(admin.Page.Locator("[data-testid='history-move']")).ToHaveCountAsync(5, new() { Timeout = 20_000 });
        var lateHistory = await admin.Page.Locator("[data-testid='history-moves']").InnerTextAsync();
        await admin.OpenPageAsync("/counter/tickets/" + first.Id);
        await Expect(admin.Page.Locator("[data-testid='history-move']")).ToHaveCountAsync(5, new() { Timeout = 20_000 });
        var history = await admin.Page.Locator("body").InnerTextAsync();
        await admin.SaveScreenshotAsync("ticket-history-id.png");
        Assert.Contains("Mundur 1 nomor karena terlambat", lateHistory, StringComparison.Ordinal);
        Assert.Contains("Dipanggil ulang (panggilan ke-2)", history, StringComparison.Ordinal);
        Assert.Contains("Datang langsung", history, StringComparison.Ordinal);
        NoRawCodes(history + lateHistory);
    }

    private static void NoRawCodes(string text)
    {
        var found = _raw.Where(code => text.Contains(code, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 0, "Raw codes on the page: " + string.Join(", ", found));
    }
}
