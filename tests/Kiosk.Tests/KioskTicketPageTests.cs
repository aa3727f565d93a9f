using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

public class KioskTicketPageTests : ComponentTestBase
{
    [Fact]
    public void Render_IssuedTicket_ShowsNumberServiceTimeAndQrToItsOwnPage()
    {
        Services.AddKiosk();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));

        var cut = Render<KioskTicketPage>(p => p.Add(x => x.Token, ticket.Token));

        Assert.Equal("A001", cut.Find("[data-testid='ticket-number']").TextContent);
        Assert.Contains("KTP-el", cut.Find("[data-testid='ticket-service']").TextContent, StringComparison.Ordinal);
        Assert.Equal("Senin, 23 November 2026, pukul 09.00", cut.Find("[data-testid='ticket-taken-at']").TextContent);
        var qr = cut.Find("[data-testid='ticket-qr']");
        Assert.Equal("http://localhost/t/" + ticket.Token, qr.GetAttribute("data-qr-url"));
        Assert.NotNull(qr.QuerySelector("svg"));
    }

    [Fact]
    public void Render_PublicAddressConfigured_QrCarriesIt()
    {
        Services.AddKiosk(o => o.PublicBaseUrl = new Uri("http://192.168.10.5:5000"));
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));

        var cut = Render<KioskTicketPage>(p => p.Add(x => x.Token, ticket.Token));

        Assert.Equal("http://192.168.10.5:5000/t/" + ticket.Token, cut.Find("[data-testid='ticket-qr']").GetAttribute("data-qr-url"));
    }

    [Fact]
    public void Render_UnknownToken_ShowsFriendlyMessage()
    {
        Services.AddKiosk();

        var cut = Render<KioskTicketPage>(p => p.Add(x => x.Token, "no-such-token-anywhere-at-all"));

        Assert.Contains("Tiket tidak ditemukan", cut.Find("[data-testid='unknown-ticket']").TextContent, StringComparison.Ordinal);
    }
}
