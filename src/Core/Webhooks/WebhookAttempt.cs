namespace MppQueue.Core;

/// <summary>One try at delivering one event: when, the answer's status (null when none came) and, on failure, why.</summary>
public sealed record WebhookAttempt(
    string EventId,
    long JournalId,
    long Sequence,
    JournalEventType Type,
    DateTimeOffset At,
    int? StatusCode,
    string? Error,
    TimeSpan Took)
{
    public bool Delivered => Error is null;
}
