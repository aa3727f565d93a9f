using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// One notice to one visitor, kept from the moment it is decided until long after it is sent. Its id is made from what
/// it is about and its kind (<see cref="NoticeIds"/>), and a notice is stored only when no notice has that id yet: that
/// is what makes each (ticket, kind) go out at most once, whatever is replayed after a restart.
/// </summary>
public sealed record Notice
{
    public required string Id { get; init; }

    public required NoticeKind Kind { get; init; }

    /// <summary>The contact's key (<see cref="NoticeSubject.Key"/>) at the time it was decided.</summary>
    public required string ContactId { get; init; }

    public string? TicketId { get; init; }

    public string? BookingCode { get; init; }

    public required string ServiceId { get; init; }

    public string? AgencyId { get; init; }

    /// <summary>The local day it belongs to (the ticket's service day, the booking's date), for the reports.</summary>
    public required DateOnly Day { get; init; }

    public required NoticeContent Content { get; init; }

    public NoticeState State { get; init; } = NoticeState.Pending;

    /// <summary>The channel it is being tried on, or went out on.</summary>
    public NoticeChannel? Channel { get; init; }

    /// <summary>A channel to try first (a recall goes out where the call went), when the visitor still has it.</summary>
    public NoticeChannel? PreferredChannel { get; init; }

    /// <summary>Failures in a row on <see cref="Channel"/>.</summary>
    public int Failures { get; init; }

    /// <summary>The channels given up on, in order.</summary>
    public ImmutableList<NoticeChannel> ChannelsFailed { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it is due (again); null once it is sent or failed.</summary>
    public DateTimeOffset? DueAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    public DateTimeOffset? FailedAt { get; init; }

    /// <summary>The provider's id for the message (WhatsApp's "wamid…", a gateway's id), to match its delivery reports.</summary>
    public string? ProviderMessageId { get; init; }

    /// <summary>A random token the visitor's browser returns when it shows the notice (Web Push's "delivered").</summary>
    public string? Receipt { get; init; }

    /// <summary>The last attempts, newest first (at most <see cref="NoticeService.AttemptsKept"/>).</summary>
    public ImmutableList<NoticeAttempt> Attempts { get; init; } = [];
}
