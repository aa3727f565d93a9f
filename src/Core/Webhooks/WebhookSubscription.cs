using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Where to send which events: an endpoint of an agency's system (or a city dashboard), the event types it wants, and
/// the agency whose events it gets (null: the whole MPP). Its <see cref="Cursor"/> is the journal position of the last
/// event handled; every later event that matches is delivered, in journal order, at least once.
/// </summary>
public sealed record WebhookSubscription
{
    public required string Id { get; init; }

    /// <summary>The API client that made it and may manage it; null for one made in the administration.</summary>
    public string? OwnerId { get; init; }

    public required string Name { get; init; }

    public required Uri Url { get; init; }

    /// <summary>The signing secret ("whsec_" and base64), shown to its owner once; see <see cref="WebhookSigner"/>.</summary>
    public required string Secret { get; init; }

    /// <summary>The event types sent; empty for all of them.</summary>
    public ImmutableSortedSet<JournalEventType> Types { get; init; } = [];

    /// <summary>The agency whose events are sent; null for every agency's.</summary>
    public string? AgencyId { get; init; }

    public WebhookState State { get; init; } = WebhookState.Active;

    /// <summary>The journal position of the last event delivered or passed over (not for this subscription).</summary>
    public long Cursor { get; init; }

    /// <summary>Failed attempts in a row at the event after <see cref="Cursor"/>.</summary>
    public int Failures { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    /// <summary>When it stopped after too many failures (its events wait for a replay).</summary>
    public DateTimeOffset? StoppedAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public WebhookFormat Format { get; init; } = WebhookFormat.Standard;

    /// <summary>For a <see cref="WebhookFormat.BookingTimestamps"/> connector: its consumer id, user key and tasks.</summary>
    public ConnectorSettings? Connector { get; init; }

    /// <summary>The last connection tests, newest first (at most <see cref="WebhookService.TestsKept"/>).</summary>
    public ImmutableList<ConnectionTest> Tests { get; init; } = [];

    /// <summary>
    /// Whether an event is one this subscription sends: of its types and agency; for a connector, a mapped step of a
    /// ticket or booking with a booking code.
    /// </summary>
    public bool Wants(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (AgencyId is not null && entry.AgencyId != AgencyId)
        {
            return false;
        }

        return Format == WebhookFormat.BookingTimestamps
            ? entry.BookingCode is not null && Connector is not null && Connector.TaskIds.ContainsKey(entry.Type)
            : Types.IsEmpty || Types.Contains(entry.Type);
    }
}

public enum WebhookState
{
    /// <summary>Delivering (or waiting to try again after a failure).</summary>
    Active,

    /// <summary>Stopped after <see cref="WebhookOptions.MaxFailures"/> failures in a row: its events wait, in the dead-letter list, for a replay.</summary>
    Stopped,

    /// <summary>Paused by its owner; events keep waiting.</summary>
    Paused,
}
