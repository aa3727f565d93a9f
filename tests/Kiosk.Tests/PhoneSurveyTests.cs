using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Board;

namespace MppQueue.Kiosk.Tests;

/// <summary>The phone page's survey without rendering: when it is offered, sent once, a refusal said not thrown.</summary>
public class PhoneSurveyTests : ComponentTestBase
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id");

    [Fact]
    public void Follow_TicketStillWaitingThenServed_OffersTheFormOnlyOnceServed()
    {
        var desk = DeskFor("ktp-el");
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var survey = NewSurvey();

        survey.Follow(View(mine), mine.Token);
        Assert.False(survey.CanAnswer);

        Engine.CallNext(desk.Id);
        Engine.Finish(desk.Id, mine.Id);
        survey.Follow(View(mine), mine.Token);
        Assert.True(survey.CanAnswer);
    }

    [Fact]
    public void Submit_TwiceFromOnePage_SendsOnceAndThanks()
    {
        var mine = Served();
        var survey = NewSurvey();

        Assert.True(survey.Submit(mine.Token, AllAnswers(4), "ramah", Indonesian));
        Assert.False(survey.Submit(mine.Token, AllAnswers(1), null, Indonesian));

        Assert.True(survey.Sent);
        Assert.Null(survey.Error);
        Assert.Equal(36, Assert.Single(Store.LoadResponses(Engine.Today, Engine.Today)).Answers.Total);
        survey.Follow(View(mine), mine.Token);
        Assert.False(survey.CanAnswer);
    }

    [Fact]
    public void Submit_AnsweredFromAnotherTab_SaysWhyInThePagesLanguageAndStaysOpen()
    {
        var mine = Served();
        Services.GetRequiredService<SurveyService>().Submit(mine.Token, AllAnswers(3), null);
        var survey = NewSurvey();

        Assert.True(survey.Submit(mine.Token, AllAnswers(4), null, Indonesian));

        Assert.False(survey.Sent);
        Assert.False(survey.Busy);
        Assert.Equal("Survei untuk nomor A001 sudah diisi. Terima kasih atas penilaian Anda.", survey.Error);
    }

    private PhoneSurvey NewSurvey() => new(Services.GetRequiredService<SurveyService>());

    private PhoneTicketView View(Ticket ticket) => PhoneTicketView.Read(Engine, Engine.Snapshot, ticket.Token)!;

    private Ticket Served()
    {
        var desk = DeskFor("ktp-el");
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id);
        Engine.Finish(desk.Id, mine.Id);
        return mine;
    }

    private static Dictionary<SkmElement, int> AllAnswers(int answer) => SkmAnswers.Elements.ToDictionary(e => e, _ => answer);
}
