using System.Reflection;
using System.Security.Claims;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;
using MppQueue.Ui;

namespace MppQueue.Kiosk.Tests;

public class DeskSurveyPageTests : ComponentTestBase
{
    private readonly Desk _desk;
    private readonly Officer _officer;
    private readonly BunitAuthorizationContext _auth;

    public DeskSurveyPageTests()
    {
        Services.AddSingleton<ISurveyStore>(Store);
        Services.AddSingleton<IQueueStore>(Store);
        Services.AddKiosk();
        _auth = AddAuthorization();
        _desk = DeskFor("ktp-el");
        _officer = SignedInAs("petugas-" + _desk.AgencyId);
        Engine.SignInToDesk(_desk.Id, _officer);
    }

    [Fact]
    public void Page_RequiresTheDeskPolicy()
    {
        var authorize = typeof(DeskSurveyPage).GetCustomAttribute<AuthorizeAttribute>();

        Assert.NotNull(authorize);
        Assert.Equal(Policies.Desk, authorize.Policy);
    }

    [Fact]
    public void Render_NothingFinished_Waits()
    {
        var cut = Open();

        Assert.Equal("Waiting", cut.Find("[data-testid='desk-survey']").GetAttribute("data-state"));
        Assert.Contains("survei singkat muncul di layar ini", cut.Find("[data-testid='desk-survey-waiting']").TextContent, StringComparison.Ordinal);
        Assert.Contains($"Loket {_desk.Number}", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Finish_AtThisDesk_OffersTheSurveyForThatTicketLive()
    {
        var cut = Open();

        var done = Serve();

        cut.WaitForAssertion(() => Assert.Equal($"Untuk nomor antrian {done.Number}", cut.Find("[data-testid='survey-ticket']").TextContent));
        Assert.DoesNotContain(_officer.DisplayName, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Finish_AtAnotherDesk_KeepsWaiting()
    {
        var other = Engine.Catalog.Desks.Values.First(d => d.Id != _desk.Id && d.ServiceIds.Contains("ktp-el"));
        var cut = Open();

        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(other.Id);
        Engine.Finish(other.Id, ticket.Id);

        cut.WaitForAssertion(() => Assert.Equal("Waiting", cut.Find("[data-testid='desk-survey']").GetAttribute("data-state")));
        Assert.Empty(cut.FindAll("[data-testid='survey-form']"));
    }

    [Fact]
    public void Submit_ThanksThenWaitsAgainAndStoresTheAnswerUnderTheDesk()
    {
        var done = Serve();
        var cut = Open();

        SurveyFilling.Send(cut, 2);

        Assert.Contains("Terima kasih!", cut.Find("[data-testid='survey-thanks']").TextContent, StringComparison.Ordinal);
        var stored = Assert.Single(Store.LoadResponses(Engine.Today, Engine.Today));
        Assert.Equal(done.Id, stored.TicketId);
        Assert.Equal(_desk.Id, stored.DeskId);
        Assert.Equal(18, stored.Answers.Total);

        Time.Advance(DeskSurveyPage.ThanksShown);

        cut.WaitForAssertion(() => Assert.Equal("Waiting", cut.Find("[data-testid='desk-survey']").GetAttribute("data-state")));
        Assert.Empty(cut.FindAll("[data-testid='survey-form']"));
    }

    [Fact]
    public void Submit_AlreadyAnsweredOnThePhoneMeanwhile_RefusedWithTheReason()
    {
        var done = Serve();
        var cut = Open();
        SurveyFilling.AnswerAll(cut, 2);

        Services.GetRequiredService<SurveyService>().Submit(done.Token, SkmAnswers.Elements.ToDictionary(e => e, _ => 4), null);
        cut.Find("[data-testid='survey-submit']").Click();

        Assert.Equal($"Survei untuk nomor {done.Number} sudah diisi. Terima kasih atas penilaian Anda.", cut.Find("[data-testid='survey-error']").TextContent);
        Assert.Equal(36, Assert.Single(Store.LoadResponses(Engine.Today, Engine.Today)).Answers.Total);
    }

    [Fact]
    public void Idle_SurveyLeftUntouched_GoesBackToWaitingAndDoesNotOfferItAgain()
    {
        Serve();
        var cut = Open();
        Assert.Single(cut.FindAll("[data-testid='survey-form']"));

        Time.Advance(DeskSurveyPage.IdleTimeout);

        cut.WaitForAssertion(() => Assert.Equal("Waiting", cut.Find("[data-testid='desk-survey']").GetAttribute("data-state")));
        Engine.Issue(new IssueRequest("kartu-keluarga"));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='survey-form']")));
        Assert.Empty(Store.LoadResponses(Engine.Today, Engine.Today));
    }

    [Fact]
    public void Idle_VisitorStillAnswering_StaysOpen()
    {
        Serve();
        var cut = Open();

        Time.Advance(DeskSurveyPage.IdleTimeout - TimeSpan.FromSeconds(10));
        cut.Find("[data-testid='survey-answer-1-3']").Click();
        Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Single(cut.FindAll("[data-testid='survey-form']"));
    }

    [Fact]
    public void Finish_NextVisitor_ReplacesTheOldSurveyWithAFreshOne()
    {
        var first = Serve();
        var cut = Open();
        cut.Find("[data-testid='survey-answer-1-1']").Click();

        var second = Serve();

        cut.WaitForAssertion(() => Assert.Equal($"Untuk nomor antrian {second.Number}", cut.Find("[data-testid='survey-ticket']").TextContent));
        Assert.NotEqual(first.Number, second.Number);
        Assert.Equal("0 dari 9 terjawab", cut.Find("[data-testid='survey-progress']").TextContent);
    }

    [Fact]
    public void Render_UnknownDesk_SaysSo()
    {
        var cut = Render<DeskSurveyPage>(p => p.Add(x => x.DeskId, "loket-999"));

        Assert.Contains("Loket ini tidak ditemukan", cut.Find("[data-testid='desk-survey-unknown']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_English_WaitingAndSurveyInEnglish()
    {
        UseCulture("en");
        var cut = Open();
        Assert.Contains("a short survey appears on this screen", cut.Markup, StringComparison.Ordinal);

        Serve();

        cut.WaitForAssertion(() => Assert.Contains("1. Requirements", cut.Markup, StringComparison.Ordinal));
        Assert.Contains($"Rate our service — Counter {_desk.Number}", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OfficerOfAnotherAgency_RefusesAndShowsNoSurvey()
    {
        Serve();
        SignedInAs("petugas-samsat");

        var cut = Open();

        Assert.Contains("milik loket instansi lain", cut.Find("[data-testid='desk-survey-denied']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='survey-form']"));
    }

    [Fact]
    public void Navigate_FromOwnDeskToAnotherAgencysDesk_ForgetsTheSurveyAndRefuses()
    {
        Serve();
        var cut = Open();
        Assert.Single(cut.FindAll("[data-testid='survey-form']"));
        var samsatDesk = Engine.Catalog.Desks.Values.First(d => d.AgencyId == "samsat");

        cut.Render(p => p.Add(x => x.DeskId, samsatDesk.Id));

        Assert.Single(cut.FindAll("[data-testid='desk-survey-denied']"));
        Assert.Empty(cut.FindAll("[data-testid='survey-form']"));
    }

    [Fact]
    public void SubmitAtDesk_OfficerOfAnotherAgency_RefusedAndNothingStored()
    {
        var done = Serve();
        var samsat = Store.LoadOfficers().Single(o => o.Id == "petugas-samsat");
        var survey = Services.GetRequiredService<SurveyService>();

        var refusal = Assert.Throws<SurveyException>(() => survey.SubmitAtDesk(samsat, _desk.Id, done.Token, SkmAnswers.Elements.ToDictionary(e => e, _ => 1), null));

        Assert.Equal(SurveyErrorCode.DeskOfAnotherAgency, refusal.Error.Code);
        Assert.Empty(Store.LoadResponses(Engine.Today, Engine.Today));
    }

    [Fact]
    public void SubmitAtDesk_TicketFinishedAtAnotherDesk_Refused()
    {
        var other = Engine.Catalog.Desks.Values.First(d => d.Id != _desk.Id && d.ServiceIds.Contains("ktp-el"));
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(other.Id);
        Engine.Finish(other.Id, ticket.Id);
        var survey = Services.GetRequiredService<SurveyService>();

        var refusal = Assert.Throws<SurveyException>(() => survey.SubmitAtDesk(_officer, _desk.Id, ticket.Token, SkmAnswers.Elements.ToDictionary(e => e, _ => 1), null));

        Assert.Equal(SurveyErrorCode.NotFinishedAtDesk, refusal.Error.Code);
    }

    private Officer SignedInAs(string officerId)
    {
        var officer = Store.LoadOfficers().Single(o => o.Id == officerId);
        _auth.SetAuthorized(officer.UserName);
        _auth.SetRoles(officer.Role.ToString());
        _auth.SetClaims([new Claim(ClaimTypes.NameIdentifier, officer.Id)]);
        return officer;
    }

    private IRenderedComponent<DeskSurveyPage> Open() => Render<DeskSurveyPage>(p => p.Add(x => x.DeskId, _desk.Id));

    private Ticket Serve()
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Assert.Equal(ticket.Id, Engine.CallNext(_desk.Id).Id);
        Time.Advance(TimeSpan.FromMinutes(5));
        return Engine.Finish(_desk.Id, ticket.Id);
    }
}
