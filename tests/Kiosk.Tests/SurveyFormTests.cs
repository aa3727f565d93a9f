using Microsoft.AspNetCore.Components;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Components;

namespace MppQueue.Kiosk.Tests;

public class SurveyFormTests : ComponentTestBase
{
    [Fact]
    public void Render_ShowsTheNineElementsWithTheRegulationsWording()
    {
        var cut = Render<SurveyForm>(p => p.Add(x => x.ServiceName, "KTP-el"));

        var questions = cut.FindAll("fieldset.survey-question");
        Assert.Equal(9, questions.Count);
        Assert.Equal("1. Persyaratan", questions[0].QuerySelector("legend")!.TextContent);
        Assert.Equal("9. Sarana dan prasarana", questions[8].QuerySelector("legend")!.TextContent);
        Assert.Contains("kesesuaian persyaratan pelayanan", questions[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
            questions[0].QuerySelectorAll(".survey-answer-label").Select(l => l.TextContent));
        Assert.All(questions, q => Assert.Equal(4, q.QuerySelectorAll("button[role='radio']").Length));
        Assert.Contains("KTP-el", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("anonim", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("0 dari 9 terjawab", cut.Find("[data-testid='survey-progress']").TextContent);
    }

    [Fact]
    public void Choose_AnAnswer_MarksItAloneAndCountsIt()
    {
        var cut = Render<SurveyForm>(p => p.Add(x => x.ServiceName, "KTP-el"));

        cut.Find("[data-testid='survey-answer-1-2']").Click();
        cut.Find("[data-testid='survey-answer-1-4']").Click();

        Assert.Equal("true", cut.Find("[data-testid='survey-answer-1-4']").GetAttribute("aria-checked"));
        Assert.Equal("false", cut.Find("[data-testid='survey-answer-1-2']").GetAttribute("aria-checked"));
        Assert.Equal("1 dari 9 terjawab", cut.Find("[data-testid='survey-progress']").TextContent);
    }

    [Fact]
    public void Submit_AllAnsweredWithComment_HandsOverAnswersAndComment()
    {
        SurveySubmission? sent = null;
        var cut = Render<SurveyForm>(p => p
            .Add(x => x.ServiceName, "KTP-el")
            .Add(x => x.OnSubmit, (SurveySubmission s) => sent = s));

        SurveyFilling.AnswerAll(cut, 3);
        cut.Find("[data-testid='survey-answer-7-4']").Click();
        cut.Find("[data-testid='survey-comment']").Input("Antrian rapi");
        cut.Find("[data-testid='survey-submit']").Click();

        Assert.NotNull(sent);
        Assert.Equal(9, sent.Answers.Count);
        Assert.Equal(4, sent.Answers[SkmElement.Conduct]);
        Assert.Equal(3, sent.Answers[SkmElement.Requirements]);
        Assert.Equal("Antrian rapi", sent.Comment);
        Assert.Equal("12/500 karakter", cut.Find(".survey-comment-count").TextContent);
    }

    [Fact]
    public void Render_Busy_DisablesEveryControlSoNothingIsSentTwice()
    {
        var sent = 0;
        var cut = Render<SurveyForm>(p => p
            .Add(x => x.ServiceName, "KTP-el")
            .Add(x => x.Busy, true)
            .Add(x => x.OnSubmit, (SurveySubmission _) => sent++));

        Assert.True(cut.Find("[data-testid='survey-submit']").HasAttribute("disabled"));
        Assert.All(cut.FindAll("button[role='radio']"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.Equal("Mengirim…", cut.Find("[data-testid='survey-submit']").TextContent.Trim());
        Assert.Equal(0, sent);
    }

    [Fact]
    public void Render_Error_ShowsItAsAnAlert()
    {
        var cut = Render<SurveyForm>(p => p
            .Add(x => x.ServiceName, "KTP-el")
            .Add(x => x.Error, "Mohon beri penilaian untuk unsur Persyaratan."));

        var error = cut.Find("[data-testid='survey-error']");
        Assert.Equal("alert", error.GetAttribute("role"));
        Assert.Equal("Mohon beri penilaian untuk unsur Persyaratan.", error.TextContent);
    }

    [Fact]
    public void Render_CommentField_IsLimitedToTheStoredLength()
    {
        var cut = Render<SurveyForm>(p => p.Add(x => x.ServiceName, "KTP-el"));

        Assert.Equal(SkmComment.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("[data-testid='survey-comment']").GetAttribute("maxlength"));
    }

    [Fact]
    public void Render_English_ElementsQuestionsAndAnswersInEnglish()
    {
        UseCulture("en");

        var cut = Render<SurveyForm>(p => p.Add(x => x.ServiceName, "Passport").Add(x => x.TicketNumber, "P007"));

        var first = cut.FindAll("fieldset.survey-question")[0];
        Assert.Equal("1. Requirements", first.QuerySelector("legend")!.TextContent);
        Assert.Equal("Not suitable", first.QuerySelectorAll(".survey-answer-label")[0].TextContent);
        Assert.Equal("For ticket P007", cut.Find("[data-testid='survey-ticket']").TextContent);
        Assert.Equal("Send my answers", cut.Find("[data-testid='survey-submit']").TextContent.Trim());
        Assert.Contains("anonymous", cut.Markup, StringComparison.Ordinal);
    }
}
