using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>The visitor's own phone at 390×844 in Chromium: following the ticket live, cancelling, and the survey.</summary>
public class PhoneTests
{
    private const int Width = 390;
    private const int Height = 844;

    [Fact]
    public async Task TicketPage_FollowsTheQueueLive_SaysSoonThenShowsTheDeskFullScreenAndBuzzes()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var engine = factory.Engine;
        var desk = engine.Catalog.Desks["loket-01"];
        OpenDesk(factory, desk);
        for (var i = 0; i < 4; i++)
        {
            engine.Issue(new IssueRequest("ktp-el"));
        }

        var mine = engine.Issue(new IssueRequest("ktp-el"));
        await using var browser = await Browser.LaunchAsync();
        var phone = new TicketScreen(await browser.NewPageAsync(address, Width, Height, isMobile: true));

        await phone.OpenTicketAsync(mine.Token);
        await Expect(phone.Status).ToHaveTextAsync("Menunggu");
        await Expect(phone.PeopleAhead).ToHaveTextAsync("4");
        await Expect(phone.Estimate).ToHaveTextAsync("40–50 menit");
        await Expect(phone.EstimateBasis).ToContainTextAsync("1 loket yang buka");
        await Expect(phone.Soon).ToHaveCountAsync(0);
        await phone.SaveScreenshotAsync("phone-waiting.png");

        engine.Finish(desk.Id, engine.CallNext(desk.Id).Id);
        await Expect(phone.PeopleAhead).ToHaveTextAsync("3", new() { Timeout = 20_000 });
        await Expect(phone.Soon).ToContainTextAsync("Giliran Anda sebentar lagi");
        await phone.SaveScreenshotAsync("phone-soon.png");
        Assert.Equal(0, await phone.VibrationsAsync());

        for (var i = 0; i < 3; i++)
        {
            engine.Finish(desk.Id, engine.CallNext(desk.Id).Id);
        }

        Assert.Equal(mine.Id, engine.CallNext(desk.Id).Id);
        await Expect(phone.CalledNotice).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(phone.CalledDesk).ToHaveTextAsync($"Loket {desk.Number}");
        await Expect(phone.CalledNotice).ToContainTextAsync(mine.Number.ToString());
        await phone.SaveScreenshotAsync("phone-called.png");
        await AssertEventuallyAsync(async () => await phone.VibrationsAsync() == 1, "the phone did not vibrate once for the call");

        await phone.AcknowledgeCallAsync();
        await Expect(phone.CalledNotice).ToHaveCountAsync(0);
        await Expect(phone.GoTo).ToContainTextAsync($"Silakan menuju Loket {desk.Number}");
        Assert.Equal(1, await phone.VibrationsAsync());
    }

    [Fact]
    public async Task TicketPage_CancelConfirmedWithADoubleTap_CancelsOnce()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var mine = factory.Engine.Issue(new IssueRequest("paspor"));
        await using var browser = await Browser.LaunchAsync();
        var phone = new TicketScreen(await browser.NewPageAsync(address, Width, Height, isMobile: true));
        await phone.OpenTicketAsync(mine.Token);

        await phone.CancelAsync();

        await Expect(phone.Message).ToHaveTextAsync($"Nomor {mine.Number} sudah dibatalkan.");
        await Expect(phone.Status).ToHaveTextAsync("Dibatalkan");
        await Expect(phone.Error).ToHaveCountAsync(0);
        await phone.SaveScreenshotAsync("phone-cancelled.png");
        var ticket = factory.Engine.FindTicket(mine.Id)!;
        Assert.Equal(TicketStatus.Cancelled, ticket.Status);
        Assert.Single(ticket.History, m => m.Kind == MoveKind.Cancel);
    }

    [Fact]
    public async Task Survey_OfferedLiveWhenServed_SubmittedOnce_RefusedTheSecondTime()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var engine = factory.Engine;
        var desk = engine.Catalog.Desks["loket-01"];
        var mine = engine.Issue(new IssueRequest("ktp-el"));
        engine.StartServing(desk.Id, engine.CallNext(desk.Id).Id);
        await using var browser = await Browser.LaunchAsync();
        var phone = new TicketScreen(await browser.NewPageAsync(address, Width, Height, isMobile: true));
        var otherTab = new TicketScreen(await browser.NewPageAsync(address, Width, Height, isMobile: true));
        await phone.OpenTicketAsync(mine.Token);
        await otherTab.OpenTicketAsync(mine.Token);
        await Expect(phone.SurveyForm).ToHaveCountAsync(0);

        engine.Finish(desk.Id, mine.Id);

        await Expect(phone.SurveyForm).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(otherTab.SurveyForm).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await phone.SaveScreenshotAsync("phone-survey.png");
        await phone.FillSurveyAsync(4, "Pelayanan cepat, terima kasih.");
        await phone.SaveFullScreenshotAsync("phone-survey-filled.png");
        await phone.SubmitSurveyAsync();
        await Expect(phone.SurveyThanks).ToContainTextAsync("Terima kasih!");
        await phone.SaveScreenshotAsync("phone-thanks.png");

        await otherTab.FillSurveyAsync(1);
        await otherTab.SubmitSurveyAsync();
        await Expect(otherTab.SurveyClosed).ToHaveTextAsync($"Survei untuk nomor {mine.Number} sudah diisi. Terima kasih atas penilaian Anda.");
        await otherTab.SaveScreenshotAsync("phone-survey-refused.png");

        var response = Assert.Single(factory.Services.GetRequiredService<ISurveyStore>().LoadResponses(engine.Today, engine.Today));
        Assert.Equal(mine.Id, response.TicketId);
        Assert.Equal(36, response.Answers.Total);
        Assert.Equal("Pelayanan cepat, terima kasih.", response.Comment);
    }

    [Fact]
    public async Task DeskTablet_SignedInByTheDesksOfficer_OffersTheSurveyForTheTicketJustFinished()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var engine = factory.Engine;
        var desk = engine.Catalog.Desks["loket-01"];
        var path = "/survey/desk/" + desk.Id;
        await using var browser = await Browser.LaunchAsync();

        // Nobody signed in: the sign-in page, not the survey.
        var stranger = await browser.NewPageAsync(address, 1024, 768);
        await stranger.OpenPathAsync(path);
        await Expect(stranger).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));

        // Another agency's officer: refused.
        var imigrasi = new CounterScreen(await browser.NewPageAsync(address, 1024, 768));
        await imigrasi.SignInAsync("petugas.imigrasi");
        await imigrasi.Page.OpenPathAsync(path);
        await Expect(imigrasi.Page.Locator("[data-testid='denied']")).ToBeVisibleAsync();
        await Expect(imigrasi.Page.Locator("[data-testid='desk-survey']")).ToHaveCountAsync(0);

        // The desk's officer signs the tablet in once; then it follows the desk by itself.
        var tablet = new CounterScreen(await browser.NewPageAsync(address, 1024, 768));
        await tablet.SignInAsync("petugas.disdukcapil");
        await tablet.Page.OpenPathAsync(path);
        var survey = tablet.Page.Locator("[data-testid='desk-survey']");
        await Expect(tablet.Page.Locator("[data-testid='desk-survey-waiting']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await tablet.Page.Locator("[data-interactive='true']").WaitForAsync(new() { Timeout = 20_000 });

        var ticket = engine.Issue(new IssueRequest("ktp-el"));
        engine.CallNext(desk.Id);
        engine.Finish(desk.Id, ticket.Id);

        await Expect(tablet.Page.Locator("[data-testid='survey-ticket']")).ToHaveTextAsync($"Untuk nomor antrian {ticket.Number}", new() { Timeout = 20_000 });
        await tablet.SaveScreenshotAsync("desk-survey.png");
        for (var element = 1; element <= 9; element++)
        {
            await tablet.Page.Locator($"[data-testid='survey-answer-{element}-3']").ClickAsync();
        }

        await tablet.Page.Locator("[data-testid='survey-submit']").ClickAsync();
        await Expect(tablet.Page.Locator("[data-testid='survey-thanks']")).ToBeVisibleAsync();
        await tablet.SaveScreenshotAsync("desk-survey-thanks.png");
        await Expect(survey).ToHaveAttributeAsync("data-state", "Waiting", new() { Timeout = 30_000 });

        var response = Assert.Single(factory.Services.GetRequiredService<ISurveyStore>().LoadResponses(engine.Today, engine.Today));
        Assert.Equal(ticket.Id, response.TicketId);
        Assert.Equal(desk.Id, response.DeskId);
        Assert.Equal(27, response.Answers.Total);
    }

    private static void OpenDesk(MppQueueFactory factory, Desk desk)
    {
        var officer = factory.Services.GetRequiredService<IQueueStore>().LoadOfficers().Single(o => o.Id == "petugas-" + desk.AgencyId);
        factory.Engine.SignInToDesk(desk.Id, officer);
    }

    private static async Task AssertEventuallyAsync(Func<Task<bool>> condition, string failure)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail(failure);
    }
}
