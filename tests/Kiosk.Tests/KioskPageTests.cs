using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

/// <summary>Each step a visitor goes through at the kiosk: agencies, search, services, the priority question.</summary>
public class KioskPageTests : ComponentTestBase
{
    public KioskPageTests() => Services.AddKiosk();

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<KioskPage> Open(string address)
    {
        Navigation.NavigateTo(address);
        return Render<KioskPage>();
    }

    [Fact]
    public void Render_Start_ListsEveryAgencyWithHowManyServicesAreOpen()
    {
        var cut = Render<KioskPage>();

        Assert.Equal(10, cut.FindAll("[data-testid='agency']").Count);
        Assert.Equal("Agencies", cut.Find("[data-testid='kiosk']").GetAttribute("data-step"));
        Assert.Contains("5 dari 5 layanan buka", cut.Find("[data-agency-id='disdukcapil']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='kiosk-back']"));
    }

    [Fact]
    public void Render_Start_MostUsedAgencyTodayComesFirst()
    {
        Engine.Issue(new IssueRequest("skck"));
        Engine.Issue(new IssueRequest("skck"));
        Engine.Issue(new IssueRequest("paspor"));

        var cut = Render<KioskPage>();

        var order = cut.FindAll("[data-testid='agency']").Select(a => a.GetAttribute("data-agency-id")).ToList();
        Assert.Equal(["polres", "imigrasi", "disdukcapil"], order.Take(3));
    }

    [Fact]
    public async Task Refresh_NewTicketThatKeepsTheOrder_DoesNotRenderTheStartPage()
    {
        Engine.Issue(new IssueRequest("skck"));
        Engine.Issue(new IssueRequest("skck"));
        var cut = Render<KioskPage>();
        var renders = cut.RenderCount;

        // Today's counts only order the tiles: one more for the agency already first changes nothing shown.
        Engine.Issue(new IssueRequest("skck"));
        await Task.Delay(300);
        Assert.Equal(renders, cut.RenderCount);

        // A ticket that moves an agency up is shown.
        Engine.Issue(new IssueRequest("paspor"));
        cut.WaitForAssertion(() => Assert.Equal(
            ["polres", "imigrasi"],
            cut.FindAll("[data-testid='agency']").Select(a => a.GetAttribute("data-agency-id")).Take(2)));
    }

    [Fact]
    public void OnSearch_TypedOnTheScreenKeys_ShowsMatchingServicesOfEveryAgency()
    {
        var cut = Render<KioskPage>();

        cut.Find("[data-testid='search']").Click();
        foreach (var key in "PASPOR")
        {
            cut.Find($"[data-testid='keyboard'] [data-key='{key}']").Click();
        }

        var results = cut.FindAll("[data-testid='search-results'] [data-testid='service']");
        Assert.Equal("paspor", Assert.Single(results).GetAttribute("data-service-id"));
        Assert.Contains("Imigrasi", results[0].TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("[data-testid='kiosk-back']"));
    }

    [Fact]
    public void OnSearch_NothingMatches_SaysSoPlainly()
    {
        var cut = Render<KioskPage>();

        cut.Find("[data-testid='search']").Input("zzzz");

        Assert.Contains("Tidak ada layanan yang cocok", cut.Find("[data-testid='search-empty']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OnChooseAgency_Imigrasi_GoesToItsServices()
    {
        var cut = Render<KioskPage>();

        cut.Find("[data-agency-id='imigrasi']").Click();

        Assert.EndsWith("/kiosk?agency=imigrasi", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Services_OpenServiceShowsWaitingEstimateQuotaAndRequirements()
    {
        Engine.Issue(new IssueRequest("paspor"));
        Engine.Issue(new IssueRequest("paspor"));

        var card = Open("/kiosk?agency=imigrasi").Find("[data-service-id='paspor']");

        Assert.False(card.HasAttribute("disabled"));
        Assert.Contains("Paspor", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("2 orang menunggu", card.QuerySelector("[data-testid='service-waiting']")!.TextContent);
        Assert.Equal("Sisa kuota hari ini: 28", card.QuerySelector("[data-testid='service-quota']")!.TextContent);
        Assert.Equal("Perkiraan tunggu muncul setelah loket buka", card.QuerySelector("[data-testid='service-estimate']")!.TextContent);
        Assert.Contains("bukti bayar PNBP", card.QuerySelector("[data-testid='service-requirements']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Services_DeskOpen_ShowsAnEstimatedWaitRange()
    {
        var officer = Store.LoadOfficers().First(o => o.AgencyId == "imigrasi");
        Engine.SignInToDesk(DeskFor("paspor").Id, officer);
        Engine.Issue(new IssueRequest("paspor"));
        Engine.Issue(new IssueRequest("paspor"));

        var card = Open("/kiosk?agency=imigrasi").Find("[data-service-id='paspor']");

        // Standard service time 15 min, one desk, two ahead: 15 × 2 = 30 to 15 × 3 = 45.
        Assert.Equal("Perkiraan tunggu 30–45 menit", card.QuerySelector("[data-testid='service-estimate']")!.TextContent);
    }

    [Fact]
    public void Render_Services_QuotaUsedUp_CardIsDisabledAndSaysWhyAndWhenItOpens()
    {
        for (var i = 0; i < 60; i++)
        {
            Engine.Issue(new IssueRequest("akta-kematian"));
        }

        var card = Open("/kiosk?agency=disdukcapil").Find("[data-service-id='akta-kematian']");

        Assert.True(card.HasAttribute("disabled"));
        Assert.Equal("false", card.GetAttribute("data-open"));
        var reason = card.QuerySelector("[data-testid='service-closed']")!.TextContent;
        Assert.Contains("Tidak tersedia", reason, StringComparison.Ordinal);
        Assert.Contains("habis", reason, StringComparison.Ordinal);
        Assert.Contains("Selasa, 24 November 2026", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OnChooseService_PriorityQuestionOn_AsksItBeforeAnyTicket()
    {
        var cut = Open("/kiosk?agency=disdukcapil");

        cut.Find("[data-service-id='ktp-el']").Click();
        cut = Open(Navigation.Uri);

        Assert.Equal("Priority", cut.Find("[data-testid='kiosk']").GetAttribute("data-step"));
        Assert.Contains("Apakah Anda termasuk salah satu kelompok ini?", cut.Markup, StringComparison.Ordinal);
        var answers = cut.FindAll("[data-testid='priority']").Select(b => b.GetAttribute("data-priority")).ToList();
        Assert.Equal(["None", "Elderly", "Disabled", "Pregnant", "WithChild"], answers);
        Assert.Empty(Engine.TicketsToday());
    }

    [Fact]
    public void OnAnswerPriority_Elderly_IssuesAPriorityTicketAndShowsItsSlip()
    {
        var cut = Open("/kiosk?service=ktp-el");

        cut.Find("[data-priority='Elderly']").Click();

        Eventually(() => Assert.Contains("/kiosk/ticket/", Navigation.Uri, StringComparison.Ordinal));
        var ticket = Assert.Single(Engine.TicketsToday());
        Assert.Equal(PriorityGroup.Elderly, ticket.Priority);
        Assert.Equal(MppQueue.Kiosk.Devices.KioskDevice.AnonymousId, ticket.KioskId);
        Assert.Contains("/kiosk/ticket/" + ticket.Token + "?print=browser", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnAnswerPriority_TappedTwice_GivesOneTicket()
    {
        var cut = Open("/kiosk?service=ktp-el");

        // Each tap finds and presses in one dispatch: the page may render in between (as a visitor's second tap lands on the new render).
        // On a busy machine the first ticket may already have turned the page to its slip: the second tap then finds no button.
        await cut.InvokeAsync(() => cut.Find("[data-priority='None']").Click());
        await cut.InvokeAsync(() =>
        {
            if (cut.FindAll("[data-priority='None']") is { Count: > 0 } still)
            {
                still[0].Click();
            }
        });

        Eventually(() => Assert.Single(Engine.TicketsToday()));
    }

    [Fact]
    public void Render_Priority_PriorityQuotaUsedUp_GroupsDisabledAndRegularStillOpen()
    {
        for (var i = 0; i < 20; i++)
        {
            Engine.Issue(new IssueRequest("ktp-el", PriorityGroup.Pregnant));
        }

        var cut = Open("/kiosk?service=ktp-el");

        Assert.True(cut.Find("[data-priority='Elderly']").HasAttribute("disabled"));
        Assert.False(cut.Find("[data-priority='None']").HasAttribute("disabled"));
        Assert.Contains("Kuota prioritas hari ini sudah habis", cut.Find("[data-testid='priority-full']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OnChooseService_PriorityQuestionOff_IssuesAtOnce()
    {
        Services.Configure<KioskOptions>(o => o.AskPriority = false);
        var cut = Open("/kiosk?agency=disdukcapil");

        cut.Find("[data-service-id='ktp-el']").Click();

        Eventually(() => Assert.Equal("A001", Assert.Single(Engine.TicketsToday()).Number.ToString()));
    }

    [Fact]
    public void OnBack_PriorityStep_GoesBackToTheAgencysServices()
    {
        var cut = Open("/kiosk?service=paspor");

        cut.Find("[data-testid='kiosk-back']").Click();

        Assert.EndsWith("/kiosk?agency=imigrasi", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void OnHome_ServicesStep_GoesToTheStart()
    {
        var cut = Open("/kiosk?agency=imigrasi");

        cut.Find("[data-testid='kiosk-home']").Click();

        Assert.EndsWith("/kiosk", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnotherKioskIssues_QuotaLeftGoesDownLive()
    {
        var cut = Open("/kiosk?agency=imigrasi");

        Engine.Issue(new IssueRequest("paspor"));

        cut.WaitForAssertion(() => Assert.Contains("Sisa kuota hari ini: 29", cut.Find("[data-service-id='paspor']").TextContent, StringComparison.Ordinal));
    }
}
