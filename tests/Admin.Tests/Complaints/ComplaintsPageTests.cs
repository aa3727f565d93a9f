using MppQueue.Admin.Pages;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests.Complaints;

/// <summary>The complaints page: each complaint's state and error, a resend that delivers it, and an agency's supervisor seeing only their agency's.</summary>
public sealed class ComplaintsPageTests : AdminTestBase
{
    private readonly WebhookReceiver _lapor = new();

    [Fact]
    public async Task Resend_ComplaintThatFailed_ShowsItsErrorThenDeliversItOnce()
    {
        var admin = SignedInAs("admin");
        Complaints.SaveChannel(admin, "disdukcapil", _lapor.Url.AbsoluteUri + "pengaduan", "token-uji");
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var complaint = Complaints.Submit(ticket.Token, "Loket 2 kosong sejak pagi.");
        _lapor.Down = true;
        await Complaints.ForwardDueAsync();
        _lapor.Down = false;

        var page = Render<ComplaintsPage>();
        var row = page.Find("[data-testid='complaint-row']");
        Assert.Contains("Menunggu dikirim", row.QuerySelector("[data-testid='complaint-state']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 kali gagal · HTTP 503", row.TextContent, StringComparison.Ordinal);

        page.Find("[data-testid='complaint-resend']").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Equal("Pengaduan tiket A001 sudah diteruskan.", page.Find("[data-testid='complaints-message']").TextContent.Trim());
            Assert.Contains("Diteruskan", page.Find("[data-testid='complaint-state']").TextContent, StringComparison.Ordinal);
            Assert.Empty(page.FindAll("[data-testid='complaint-resend']"));
        });
        Assert.Single(_lapor.Received);
        Assert.Equal(ComplaintState.Forwarded, Store.FindComplaint(complaint.Id)!.State);
    }

    [Fact]
    public void List_AgencySupervisor_SeesOnlyTheirAgencysComplaints_AndNoForwardingSetUp()
    {
        var admin = Store.LoadOfficers().Single(o => o.Id == "admin");
        Complaints.SaveChannel(admin, "disdukcapil", "https://lapor.example.go.id/a", "t1");
        Complaints.SaveChannel(admin, "polres", "https://lapor.example.go.id/b", "t2");
        Complaints.Submit(Engine.Issue(new IssueRequest("ktp-el")).Token, "Tentang KTP.");
        Complaints.Submit(Engine.Issue(new IssueRequest("skck")).Token, "Tentang SKCK.");
        SignedInAs("supervisor-disdukcapil");

        var page = Render<ComplaintsPage>();

        Assert.Equal("Tentang KTP.", Assert.Single(page.FindAll("[data-testid='complaint-row']")).QuerySelectorAll("td")[3].TextContent);
        Assert.Empty(page.FindAll("[data-testid='forwarding']"));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lapor.Dispose();
        }

        base.Dispose(disposing);
    }
}
