using Microsoft.AspNetCore.Components;
using MppQueue.Core;

namespace MppQueue.Kiosk.Tests;

/// <summary>Fills in the survey form on whatever page shows it, as a visitor would: one tap per element.</summary>
public static class SurveyFilling
{
    /// <summary>Taps <paramref name="answer"/> for every element but <paramref name="skip"/>.</summary>
    public static void AnswerAll<T>(IRenderedComponent<T> cut, int answer, SkmElement? skip = null)
        where T : IComponent
    {
        ArgumentNullException.ThrowIfNull(cut);
        foreach (var element in SkmAnswers.Elements.Where(e => e != skip))
        {
            cut.Find($"[data-testid='survey-answer-{(int)element}-{answer}']").Click();
        }
    }

    /// <summary>Taps <paramref name="answer"/> for every element, then "send".</summary>
    public static void Send<T>(IRenderedComponent<T> cut, int answer)
        where T : IComponent
    {
        ArgumentNullException.ThrowIfNull(cut);
        AnswerAll(cut, answer);
        cut.Find("[data-testid='survey-submit']").Click();
    }
}
