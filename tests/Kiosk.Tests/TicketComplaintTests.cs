using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

/// <summary>The complaint channel on the visitor's ticket page: the SP4N-LAPOR! link, and the form where the agency forwards complaints.</summary>
public class TicketComplaintTests : ComponentTestBase
{
    public TicketComplaintTests()
    {
        Services.AddSingleton<ISurveyStore>(Store);
        Services.AddKiosk();
    }

    [Fact]
    public void Render_AgencyWithoutForwarding_ShowsOnlyTheLaporLink_OpeningInANewTab()
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));

        var cut = Open(ticket);

        var link = cut.Find("[data-testid='complaint-link']");
        Assert.Equal(DemoMpp.LaporUrl, link.GetAttribute("href"));
        Assert.Equal(("_blank", "noopener noreferrer"), (link.GetAttribute("target"), link.GetAttribute("rel")));
        Assert.Contains("Sampaikan pengaduan", link.TextContent, StringComparison.Ordinal);
        Assert.Contains("SP4N-LAPOR!", link.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='complaint-write']"));
    }

    [Fact]
    public void Send_WithForwarding_ConfirmsInIndonesian_AndKeepsOneComplaintWithoutTheForm()
    {
        Forward("disdukcapil");
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Open(ticket);

        cut.Find("[data-testid='complaint-write']").Click();
        cut.Find("[data-testid='complaint-text']").Input("  Sudah satu jam, antrean tidak bergerak.  ");
        cut.Find("[data-testid='complaint-send']").Click();

        Assert.Equal(
            "Pengaduan untuk tiket A001 sudah kami terima dan diteruskan ke Disdukcapil. Terima kasih.",
            cut.Find("[data-testid='complaint-sent']").TextContent);
        Assert.Empty(cut.FindAll("[data-testid='complaint-form']"));
        var stored = Store.FindComplaintOfTicket(ticket.Id)!;
        Assert.Equal(("Sudah satu jam, antrean tidak bergerak.", ComplaintState.Waiting), (stored.Text, stored.State));
    }

    [Fact]
    public void Send_TicketAlreadyHasAComplaint_IsRefusedWithAClearMessage()
    {
        Forward("disdukcapil");
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Open(ticket);
        cut.Find("[data-testid='complaint-write']").Click();
        cut.Find("[data-testid='complaint-text']").Input("Pengaduan kedua.");

        // Sent meanwhile from another tab of the same ticket.
        Complaints.Submit(ticket.Token, "Pengaduan pertama.");
        cut.Find("[data-testid='complaint-send']").Click();

        Assert.Equal(
            "Pengaduan untuk tiket A001 sudah dikirim. Satu tiket hanya dapat mengirim satu pengaduan; untuk hal lain gunakan tautan SP4N-LAPOR!.",
            cut.Find("[data-testid='complaint-error']").TextContent);
        Assert.Empty(cut.FindAll("[data-testid='complaint-form']"));
        Assert.Equal("Pengaduan pertama.", Store.FindComplaintOfTicket(ticket.Id)!.Text);
        Assert.NotNull(Open(ticket).Find("[data-testid='complaint-already']"));
    }

    [Fact]
    public void Moves_ComplaintFromAnotherTab_IsLookedUpWhenTheTicketMovesOn_NotOnEveryMoveOfTheQueue()
    {
        Forward("disdukcapil");
        Engine.Issue(new IssueRequest("ktp-el"));
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Open(ticket);
        var desk = DeskFor("ktp-el");
        Complaints.Submit(ticket.Token, "Dari tab lain.");

        // The ticket ahead is called: the page moves (nobody ahead now) but the ticket still waits, and the store is
        // not read again for it (every phone of the service reloads on such a move). Sending would say "already sent".
        var ahead = Engine.CallNext(desk.Id);
        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("[data-testid='people-ahead']").TextContent));
        Assert.NotEmpty(cut.FindAll("[data-testid='complaint-write']"));

        // Its own call changes its state: looked up again, the complaint is there.
        Engine.Finish(desk.Id, ahead.Id);
        Engine.CallNext(desk.Id);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='complaint-already']")));
        Assert.Empty(cut.FindAll("[data-testid='complaint-write']"));
    }

    private void Forward(string agencyId) =>
        Complaints.SaveChannel(Store.LoadOfficers().Single(o => o.Role == OfficerRole.Admin), agencyId, "https://lapor.example.go.id/api/pengaduan", "token-uji");

    private IRenderedComponent<TicketPage> Open(Ticket ticket) => Render<TicketPage>(p => p.Add(x => x.Token, ticket.Token));
}
