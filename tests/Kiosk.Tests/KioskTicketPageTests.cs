using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

public class KioskTicketPageTests : ComponentTestBase
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Render_IssuedTicket_ShowsNumberServiceWhereToWaitPeopleAheadTimeAndQr()
    {
        Services.AddKiosk();
        Engine.Issue(new IssueRequest("ktp-el"));
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));

        var cut = Render<KioskTicketPage>(p => p.Add(x => x.Token, ticket.Token));

        Assert.Equal("A002", cut.Find("[data-testid='ticket-number']").TextContent);
        Assert.Contains("KTP-el", cut.Find("[data-testid='ticket-service']").TextContent, StringComparison.Ordinal);
        Assert.Equal("Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya", cut.Find("[data-testid='ticket-agency']").TextContent);
        Assert.Equal("Zona 1 — Lantai 1", cut.Find("[data-testid='ticket-zone']").TextContent);
        Assert.Equal("Loket 1, 2, 3", cut.Find("[data-testid='ticket-desks']").TextContent);
        Assert.Equal("1", cut.Find("[data-testid='people-ahead']").TextContent);
        Assert.Equal("Perkiraan tunggu muncul setelah loket buka", cut.Find("[data-testid='ticket-estimate']").TextContent);
        Assert.Equal("Senin, 23 November 2026, pukul 09.00", cut.Find("[data-testid='ticket-taken-at']").TextContent);
        Assert.Contains("Pindai kode QR", cut.Markup, StringComparison.Ordinal);
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
    public void Render_PrintByBrowser_PrintsOnceAndDropsTheFlagFromTheAddress()
    {
        Services.AddKiosk();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Navigation.NavigateTo("/kiosk/ticket/" + ticket.Token + "?print=browser");
        var module = JSInterop.SetupModule("./_content/MppQueue.Kiosk/kiosk.js");
        module.SetupVoid("print");

        var cut = Render<KioskTicketPage>(p => p.Add(x => x.Token, ticket.Token));

        Eventually(() => module.VerifyInvoke("print", calledTimes: 1));
        Assert.EndsWith("?print=done", Navigation.Uri, StringComparison.Ordinal);
        Assert.Contains("Tiket Anda sedang dicetak", cut.Find("[data-testid='slip-printing']").TextContent, StringComparison.Ordinal);
        Assert.Contains(ticket.Number.ToString(), cut.Find("[data-testid='print-ticket']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PrintFailed_TellsTheVisitorToNoteTheNumberOrScan()
    {
        Services.AddKiosk();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Navigation.NavigateTo("/kiosk/ticket/" + ticket.Token + "?print=failed");

        var cut = Render<KioskTicketPage>(p => p.Add(x => x.Token, ticket.Token));

        Assert.Contains("Printer tidak menjawab", cut.Find("[data-testid='slip-print-failed']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OnFinish_Done_GoesBackToTheStart()
    {
        Services.AddKiosk();
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Render<KioskTicketPage>(p => p.Add(x => x.Token, ticket.Token));

        cut.Find("[data-testid='slip-done']").Click();

        Assert.EndsWith("/kiosk", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownToken_ShowsFriendlyMessage()
    {
        Services.AddKiosk();

        var cut = Render<KioskTicketPage>(p => p.Add(x => x.Token, "no-such-token-anywhere-at-all"));

        Assert.Contains("Tiket tidak ditemukan", cut.Find("[data-testid='unknown-ticket']").TextContent, StringComparison.Ordinal);
    }
}
