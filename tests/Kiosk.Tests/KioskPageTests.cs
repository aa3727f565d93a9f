using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

public class KioskPageTests : ComponentTestBase
{
    public KioskPageTests() => Services.AddKiosk();

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Render_NoAgencyChosen_ListsEveryAgency()
    {
        var cut = Render<KioskPage>();

        Assert.Equal(10, cut.FindAll("[data-testid='agency']").Count);
        Assert.Contains("Silakan pilih instansi", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void OnChooseAgency_Imigrasi_ShowsPassportWithTodaysQuota()
    {
        var cut = Render<KioskPage>();

        cut.Find("[data-agency-id='imigrasi']").Click();
        cut = Render<KioskPage>();

        var card = cut.Find("[data-service-id='paspor']");
        Assert.Contains("Paspor", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sisa kuota hari ini: 30", card.TextContent, StringComparison.Ordinal);
        Assert.False(card.HasAttribute("disabled"));
    }

    [Fact]
    public void OnTakeTicket_OpenService_IssuesOneTicketAndShowsItsSlip()
    {
        Navigation.NavigateTo("/kiosk?agency=disdukcapil");
        var cut = Render<KioskPage>();

        cut.Find("[data-service-id='ktp-el']").Click();

        cut.WaitForAssertion(() => Assert.Contains("/kiosk/ticket/", Navigation.Uri, StringComparison.Ordinal));
        var ticket = Assert.Single(Engine.TicketsToday());
        Assert.Equal("A001", ticket.Number.ToString());
        Assert.EndsWith("/kiosk/ticket/" + ticket.Token, Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnotherKioskIssues_QuotaLeftGoesDownLive()
    {
        Navigation.NavigateTo("/kiosk?agency=imigrasi");
        var cut = Render<KioskPage>();

        Engine.Issue(new Core.IssueRequest("paspor"));

        cut.WaitForAssertion(() => Assert.Contains("Sisa kuota hari ini: 29", cut.Find("[data-service-id='paspor']").TextContent, StringComparison.Ordinal));
    }
}
