using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>
/// The stored shape of <see cref="WebhookAttempt"/>: its subscription's id and a position (the document's
/// auto-incremented id in LiteDB, an identity column on PostgreSQL) that orders a subscription's attempts. It holds
/// what the administration shows of an attempt, never the signing secret or a response body.
/// </summary>
internal sealed class WebhookAttemptDocument
{
    public long Id { get; set; }

    public string WebhookId { get; set; } = string.Empty;

    public string EventId { get; set; } = string.Empty;

    public long JournalId { get; set; }

    public long Sequence { get; set; }

    /// <summary>The event's wire name ("ticket.called").</summary>
    public string Type { get; set; } = string.Empty;

    public long AtUtcTicks { get; set; }

    public int? StatusCode { get; set; }

    public string? Error { get; set; }

    public long TookTicks { get; set; }

    public static WebhookAttemptDocument From(string webhookId, WebhookAttempt attempt) => new()
    {
        WebhookId = webhookId,
        EventId = attempt.EventId,
        JournalId = attempt.JournalId,
        Sequence = attempt.Sequence,
        Type = attempt.Type.Name(),
        AtUtcTicks = StorageFormat.ToUtcTicks(attempt.At),
        StatusCode = attempt.StatusCode,
        Error = attempt.Error,
        TookTicks = attempt.Took.Ticks,
    };

    public WebhookAttempt ToAttempt() => new(
        EventId,
        JournalId,
        Sequence,
        JournalEventTypes.Parse(Type) ?? throw new InvalidDataException($"Webhook attempt {Id} has an unknown event type \"{Type}\"."),
        StorageFormat.FromUtcTicks(AtUtcTicks),
        StatusCode,
        Error,
        TimeSpan.FromTicks(TookTicks));
}
