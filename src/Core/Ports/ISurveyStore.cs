namespace MppQueue.Core;

/// <summary>
/// Where survey responses are kept. Writes are atomic and committed when the method returns; one
/// response per ticket is enforced by the store itself, so two submissions racing cannot both count.
/// </summary>
public interface ISurveyStore
{
    /// <summary>Stores a response; false, and nothing stored, when its ticket already has one.</summary>
    bool TryAddResponse(SurveyResponse response);

    /// <summary>The responses for tickets served between two local days, both included (none when <paramref name="lastDay"/> is before <paramref name="firstDay"/>).</summary>
    /// <remarks>Parameters are not named from/to: "To" is a keyword in Visual Basic (CA1716).</remarks>
    IReadOnlyList<SurveyResponse> LoadResponses(DateOnly firstDay, DateOnly lastDay);

    bool HasResponse(string ticketId);
}
