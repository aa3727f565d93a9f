using MppQueue.Core;

namespace MppQueue.Api.Messages;

/// <summary>A webhook subscription as its owner sees it (never its secret, which is shown once at creation).</summary>
public sealed record WebhookMessage(
    string Id,
    string Name,
    Uri Url,
    IReadOnlyList<string> Types,
    string? AgencyId,
    string State,
    long Cursor,
    int Failures,
    string? LastError,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? StoppedAt,
    DateTimeOffset CreatedAt)
{
    public static WebhookMessage Of(WebhookSubscription s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Name, s.Url, [.. s.Types.Select(t => t.Name())], s.AgencyId, s.State.ToString(), s.Cursor, s.Failures, s.LastError, s.LastAttemptAt, s.StoppedAt, s.CreatedAt);
    }
}

/// <summary>A new subscription with its signing secret: the only time the secret is shown.</summary>
public sealed record WebhookCreatedMessage(WebhookMessage Webhook, string Secret);

/// <summary>What a new subscription asks for: a name, an https address, and event types (none or empty: all).</summary>
public sealed record WebhookRequestMessage(string? Name, string? Url, IReadOnlyList<string>? Types);

/// <summary>Deliver again from the first event with this sequence number or later.</summary>
public sealed record WebhookReplayMessage(long FromSequence);

/// <summary>One try at delivering one event.</summary>
public sealed record WebhookAttemptMessage(string EventId, long Sequence, string Type, DateTimeOffset At, int? StatusCode, string? Error, double Milliseconds)
{
    public static WebhookAttemptMessage Of(WebhookAttempt a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.EventId, a.Sequence, a.Type.Name(), a.At, a.StatusCode, a.Error, Math.Round(a.Took.TotalMilliseconds, 1));
    }
}

/// <summary>A subscription's last attempts (newest first) and the events still waiting for it (oldest first, at most 100).</summary>
public sealed record WebhookDeliveriesMessage(IReadOnlyList<WebhookAttemptMessage> Attempts, IReadOnlyList<EventMessage> Waiting);

/// <summary>One event of the journal, as a webhook delivers it.</summary>
public sealed record EventMessage(string Id, string Type, long Sequence, DateTimeOffset OccurredAt, string? AgencyId)
{
    public static EventMessage Of(JournalEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.EventId, e.Type.Name(), e.Sequence, e.At, e.AgencyId);
    }
}
