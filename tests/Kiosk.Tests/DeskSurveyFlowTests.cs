using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Components;
using MppQueue.Kiosk.Flow;

namespace MppQueue.Kiosk.Tests;

/// <summary>The desk tablet's survey without rendering: what it offers, thanks, refusals, and giving up on a fake clock.</summary>
public class DeskSurveyFlowTests : ComponentTestBase
{
    private readonly Desk _desk;
    private readonly Officer _officer;
    private readonly SurveyService _survey;
    private int _updates;

    public DeskSurveyFlowTests()
    {
        Services.AddSingleton<ISurveyStore>(Store);
        Services.AddKiosk();
        _survey = Services.GetRequiredService<SurveyService>();
        _desk = DeskFor("ktp-el");
        _officer = Officer("petugas-" + _desk.AgencyId);
        Engine.SignInToDesk(_desk.Id, _officer);
    }

    [Fact]
    public void Load_NothingFinishedAtTheDesk_Waits()
    {
        using var flow = Open();

        Assert.Equal(DeskSurveyState.Waiting, flow.State);
        Assert.True(flow.MayUse);
        Assert.Null(flow.Ticket);
    }

    [Fact]
    public void Load_DeskFinishedTwoTickets_OffersTheSurveyOfTheLastOne()
    {
        Serve();
        var last = Serve();

        using var flow = Open();

        Assert.Equal(DeskSurveyState.Survey, flow.State);
        Assert.Equal(last.Id, flow.Ticket?.Id);
        Assert.Equal("ktp-el", flow.Service?.Id);
    }

    [Fact]
    public void Load_TicketFinishedAtAnotherDesk_KeepsWaiting()
    {
        var other = Engine.Catalog.Desks.Values.First(d => d.Id != _desk.Id && d.ServiceIds.Contains("ktp-el"));
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(other.Id);
        Engine.Finish(other.Id, ticket.Id);

        using var flow = Open();

        Assert.Equal(DeskSurveyState.Waiting, flow.State);
    }

    [Fact]
    public void Load_OfficerOfAnotherAgency_MayNotUseTheTabletAndSeesNoSurvey()
    {
        Serve();

        using var flow = Open(Officer("petugas-samsat"));

        Assert.False(flow.MayUse);
        Assert.Equal(DeskSurveyState.Waiting, flow.State);
        Assert.Null(flow.Ticket);
    }

    [Fact]
    public void Load_NobodySignedInYet_MayNotUseTheTablet()
    {
        Serve();

        using var flow = Open(officer: null);

        Assert.False(flow.MayUse);
        Assert.Null(flow.Ticket);
    }

    [Fact]
    public void Load_UnknownDesk_HasNoDeskAndNoSurvey()
    {
        using var flow = Open();

        flow.Load("loket-999");

        Assert.Null(flow.Desk);
        Assert.Equal(DeskSurveyState.Waiting, flow.State);
    }

    [Fact]
    public void Load_MovedToAnotherAgencysDesk_ForgetsTheOpenSurvey()
    {
        Serve();
        using var flow = Open();
        var samsat = Engine.Catalog.Desks.Values.First(d => d.AgencyId == "samsat");

        flow.Load(samsat.Id);

        Assert.Equal((samsat.Id, false, DeskSurveyState.Waiting), (flow.Desk?.Id, flow.MayUse, flow.State));
        Assert.Null(flow.Ticket);
    }

    [Fact]
    public void Load_AnsweredOnThePhoneMeanwhile_PutsTheSurveyAway()
    {
        var done = Serve();
        using var flow = Open();

        _survey.Submit(done.Token, Answers(4), null);
        flow.Load(_desk.Id);

        Assert.Equal(DeskSurveyState.Waiting, flow.State);
    }

    [Fact]
    public void Submit_AllAnswered_StoresUnderTheDeskThanksThenWaitsAgain()
    {
        var done = Serve();
        using var flow = Open();

        flow.Submit(new SurveySubmission(Answers(3), "Cepat"));
        var afterSubmit = flow.State;
        Time.Advance(DeskSurveyFlow.ThanksShown);

        Assert.Equal(DeskSurveyState.Thanks, afterSubmit);
        Assert.Equal(DeskSurveyState.Waiting, flow.State);
        var stored = Assert.Single(Store.LoadResponses(Engine.Today, Engine.Today));
        Assert.Equal((done.Id, _desk.Id, 27), (stored.TicketId, stored.DeskId, stored.Answers.Total));
    }

    [Fact]
    public void Submit_TappedTwice_StoresOneAnswer()
    {
        Serve();
        using var flow = Open();

        flow.Submit(new SurveySubmission(Answers(3), null));
        flow.Submit(new SurveySubmission(Answers(1), null));

        Assert.Equal(27, Assert.Single(Store.LoadResponses(Engine.Today, Engine.Today)).Answers.Total);
        Assert.Null(flow.Error);
    }

    [Fact]
    public void Submit_AnAnswerMissing_SaysWhyAndKeepsTheSurveyOpen()
    {
        Serve();
        using var flow = Open();
        var answers = SkmAnswers.Elements.Skip(1).ToDictionary(e => e, _ => 3);

        flow.Submit(new SurveySubmission(answers, null));

        Assert.False(string.IsNullOrEmpty(flow.Error));
        Assert.Equal(DeskSurveyState.Survey, flow.State);
        Assert.Empty(Store.LoadResponses(Engine.Today, Engine.Today));
    }

    [Fact]
    public void Load_AfterARefusal_KeepsTheSurveyAndItsReason()
    {
        var done = Serve();
        using var flow = Open();
        _survey.Submit(done.Token, Answers(4), null);
        flow.Submit(new SurveySubmission(Answers(2), null));

        flow.Load(_desk.Id);

        Assert.Equal(DeskSurveyState.Survey, flow.State);
        Assert.Contains(done.Number.ToString(), flow.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Idle_SurveyLeftUntouched_WaitsAndNeverOffersThatTicketAgain()
    {
        Serve();
        using var flow = Open();

        Time.Advance(DeskSurveyFlow.IdleTimeout);
        var afterIdle = flow.State;
        flow.Load(_desk.Id);

        Assert.Equal(DeskSurveyState.Waiting, afterIdle);
        Assert.Equal(DeskSurveyState.Waiting, flow.State);
        Assert.Equal(1, _updates);
    }

    [Fact]
    public void Idle_SurveyLeftThenTabletMovedAwayAndBack_NotOfferedAgain()
    {
        Serve();
        using var flow = Open();
        Time.Advance(DeskSurveyFlow.IdleTimeout);

        flow.Load(Engine.Catalog.Desks.Values.First(d => d.AgencyId == "samsat").Id);
        flow.Load(_desk.Id);

        Assert.Equal(DeskSurveyState.Waiting, flow.State);
        Assert.Null(flow.Ticket);
    }

    [Fact]
    public void Idle_TouchedBeforeTheTimeout_StaysOpen()
    {
        Serve();
        using var flow = Open();

        Time.Advance(DeskSurveyFlow.IdleTimeout - TimeSpan.FromSeconds(10));
        flow.Touch();
        Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(DeskSurveyState.Survey, flow.State);
    }

    [Fact]
    public void Idle_Waiting_NeverFires()
    {
        using var flow = Open();
        flow.Touch();

        Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, _updates);
    }

    [Fact]
    public void Concerns_MovesAtTheDeskAndTheCatalog_NotOtherDesks()
    {
        var other = Engine.Catalog.Desks.Values.First(d => d.Id != _desk.Id);
        var at = Time.GetUtcNow();

        Assert.True(DeskSurveyFlow.Concerns(_desk.Id, new QueueEvent(1, QueueEventKind.DeskPaused, at, null, _desk, null)));
        Assert.True(DeskSurveyFlow.Concerns(_desk.Id, new QueueEvent(2, QueueEventKind.CatalogChanged, at, null, null, null)));
        Assert.False(DeskSurveyFlow.Concerns(_desk.Id, new QueueEvent(3, QueueEventKind.DeskPaused, at, null, other, null)));
    }

    private static Dictionary<SkmElement, int> Answers(int answer) => SkmAnswers.Elements.ToDictionary(e => e, _ => answer);

    private Officer Officer(string id) => Store.LoadOfficers().Single(o => o.Id == id);

    private DeskSurveyFlow Open() => Open(_officer);

    private DeskSurveyFlow Open(Officer? officer)
    {
        var flow = new DeskSurveyFlow(Engine, _survey, Time, change =>
        {
            change();
            _updates++;
            return Task.CompletedTask;
        })
        {
            Officer = officer,
        };
        flow.Load(_desk.Id);
        return flow;
    }

    private Ticket Serve()
    {
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Assert.Equal(ticket.Id, Engine.CallNext(_desk.Id).Id);
        Time.Advance(TimeSpan.FromMinutes(5));
        return Engine.Finish(_desk.Id, ticket.Id);
    }
}
