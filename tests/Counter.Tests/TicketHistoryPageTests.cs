using MppQueue.Core;
using MppQueue.Counter.Pages;
using MppQueue.Counter.Tests.Support;

namespace MppQueue.Counter.Tests;

/// <summary>A supervisor reads a ticket's whole life: every move with time, desk, officer and the words they wrote.</summary>
public class TicketHistoryPageTests : CounterTestBase
{
    private Ticket TransferredTicket(out Officer samsat, out Officer polres)
    {
        samsat = AtDesk(Engine.Catalog.Desks["loket-09"]);
        polres = Store.LoadOfficers().Single(o => o.Id == "petugas-polres");
        Engine.SignInToDesk("loket-13", polres);
        Engine.Issue(new IssueRequest("pajak-kendaraan"));
        var ticket = Engine.Issue(new IssueRequest("pajak-kendaraan"));
        Time.Advance(TimeSpan.FromMinutes(4));
        Engine.CallSpecific("loket-09", ticket.Id, "Sudah antre di loket lain", samsat.Id);
        Engine.Transfer("loket-09", ticket.Id, "skck", samsat.Id, "Perlu SKCK dulu");
        Time.Advance(TimeSpan.FromMinutes(2));
        Engine.CallNext("loket-13", polres.Id);
        return ticket;
    }

    [Fact]
    public void Render_MppSupervisor_ShowsEveryMoveWithDeskOfficerAndNote()
    {
        var ticket = TransferredTicket(out _, out _);
        SignedInAs("supervisor");

        var cut = Render<TicketHistoryPage>(p => p.Add(x => x.TicketId, ticket.Id));

        var rows = cut.FindAll("[data-testid='history-move']").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains("Nomor diambil", rows[0], StringComparison.Ordinal);
        Assert.Contains("Dipanggil di luar urutan", rows[1], StringComparison.Ordinal);
        Assert.Contains("Loket 9", rows[1], StringComparison.Ordinal);
        Assert.Contains("Sri Wahyuningsih", rows[1], StringComparison.Ordinal);
        Assert.Contains("Sudah antre di loket lain", rows[1], StringComparison.Ordinal);
        Assert.Contains("09.04.00", rows[1], StringComparison.Ordinal);
        Assert.Contains("Dialihkan", rows[2], StringComparison.Ordinal);
        Assert.Contains("Perlu SKCK dulu", rows[2], StringComparison.Ordinal);
        Assert.Contains("Agus Prasetyo", rows[3], StringComparison.Ordinal);
        Assert.Contains("Loket 13", rows[3], StringComparison.Ordinal);
        Assert.Contains("Pajak Kendaraan Tahunan", cut.Find("[data-testid='history-facts']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RecallsAndALateVisitor_ReadAsWhatHappenedNotAsAStatusToItself()
    {
        var desk = Engine.Catalog.Desks["loket-01"];
        var late = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.PostponeByToken(late.Token);
        var first = Engine.CallNext(desk.Id);
        Engine.Recall(desk.Id, first.Id);
        Engine.Recall(desk.Id, first.Id);
        SignedInAs("supervisor-disdukcapil");

        var history = Render<TicketHistoryPage>(p => p.Add(x => x.TicketId, late.Id));
        var recalled = Render<TicketHistoryPage>(p => p.Add(x => x.TicketId, first.Id));

        Assert.Equal("Datang langsung", history.Find("[data-testid='history-channel']").TextContent);
        Assert.Equal(
            [("Nomor diambil", "Menunggu"), ("Mundur 1 nomor karena terlambat", "tetap menunggu")],
            Cells(history).Select(c => (c[1], c[2])));
        Assert.Equal(
            [("Nomor diambil", "Menunggu"), ("Dipanggil", "Menunggu → Dipanggil"), ("Dipanggil ulang (panggilan ke-2)", "tetap dipanggil"), ("Dipanggil ulang (panggilan ke-3)", "tetap dipanggil")],
            Cells(recalled).Select(c => (c[1], c[2])));
        Assert.DoesNotContain("→ Menunggu", history.Find("[data-testid='history-moves']").TextContent, StringComparison.Ordinal);
        Assert.Empty(Cells(history)[1][5]);
    }

    private static List<string[]> Cells(IRenderedComponent<TicketHistoryPage> page) =>
        [.. page.FindAll("[data-testid='history-move']").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];

    [Fact]
    public void Render_SupervisorOfAnotherAgency_SeesNothingOfTheTicket()
    {
        var ticket = Engine.Issue(new IssueRequest("pajak-kendaraan"));
        SignedInAs("supervisor-disdukcapil");

        var cut = Render<TicketHistoryPage>(p => p.Add(x => x.TicketId, ticket.Id));

        Assert.Contains("bukan milik instansi Anda", cut.Find("[data-testid='history-denied']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='history-move']"));
    }

    [Fact]
    public void Render_ANewMove_AppearsLive()
    {
        var desk = Engine.Catalog.Desks["loket-01"];
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        SignedInAs("supervisor-disdukcapil");
        var cut = Render<TicketHistoryPage>(p => p.Add(x => x.TicketId, ticket.Id));
        Assert.Single(cut.FindAll("[data-testid='history-move']"));

        Engine.CallNext(desk.Id);

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='history-move']").Count));
    }

    [Fact]
    public void Search_ByNumber_FindsTodaysTicketsOfTheSupervisorsAgencyOnly()
    {
        var own = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("pajak-kendaraan"));
        SignedInAs("supervisor-disdukcapil");
        var cut = Render<TicketSearchPage>();
        Assert.Equal(["A002", "A001"], cut.FindAll("[data-testid='history-row']").Select(r => r.GetAttribute("data-number")));

        cut.Find("input[data-testid='history-search']").Input("a001");

        var row = Assert.Single(cut.FindAll("[data-testid='history-row']"));
        Assert.Contains($"href=\"/counter/tickets/{own.Id}\"", row.InnerHtml, StringComparison.Ordinal);
    }
}
