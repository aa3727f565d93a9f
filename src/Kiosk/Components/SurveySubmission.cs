using MppQueue.Core;

namespace MppQueue.Kiosk.Components;

/// <summary>What a visitor filled in on the survey form, handed to the page that stores it.</summary>
/// <param name="Answers">The answers given so far, 1 to 4 per element (the survey service refuses a missing one).</param>
/// <param name="Comment">The optional comment as typed.</param>
public sealed record SurveySubmission(IReadOnlyDictionary<SkmElement, int> Answers, string? Comment);
