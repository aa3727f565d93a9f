namespace MppQueue.Kiosk.Flow;

/// <summary>What a desk's survey tablet shows.</summary>
public enum DeskSurveyState
{
    /// <summary>Nothing to answer: a welcome, until the desk finishes a ticket.</summary>
    Waiting,

    /// <summary>The survey for the ticket the desk has just finished.</summary>
    Survey,

    /// <summary>"Thank you", for a few seconds after an answer.</summary>
    Thanks,
}
