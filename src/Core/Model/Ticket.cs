using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>One visitor's place in one service's queue. Immutable: every move yields a new value.</summary>
public sealed record Ticket
{
    public required string Id { get; init; }

    /// <summary>Long random token for the visitor's own page; never derived from the number.</summary>
    public required string Token { get; init; }

    /// <summary>The service whose queue the ticket is in now (changes on transfer).</summary>
    public required string ServiceId { get; init; }

    /// <summary>The service that issued the number (and whose quota it used).</summary>
    public required string IssuingServiceId { get; init; }

    public required TicketNumber Number { get; init; }

    /// <summary>The local service day in the site's time zone.</summary>
    public required DateOnly ServiceDate { get; init; }

    public required TicketStatus Status { get; init; }

    public PriorityGroup Priority { get; init; }

    public TicketChannel Channel { get; init; }

    public string? BookingCode { get; init; }

    public string? KioskId { get; init; }

    public string? IdempotencyKey { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>Place in line; kept on transfer so the visitor keeps their turn.</summary>
    public required DateTimeOffset ArrivedAt { get; init; }

    public DateTimeOffset? FirstCalledAt { get; init; }

    public DateTimeOffset? CalledAt { get; init; }

    public DateTimeOffset? ServingAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public DateTimeOffset? NoShowAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public string? DeskId { get; init; }

    public string? OfficerId { get; init; }

    public int RecallCount { get; init; }

    public string? TransferredFromServiceId { get; init; }

    public ImmutableList<TicketMove> History { get; init; } = [];

    public long LastSequence => History.IsEmpty ? 0 : History[^1].Sequence;

    /// <summary>
    /// The ticket's current call: its latest move that brought it to a desk (see <see cref="MoveKindExtensions.IsCall"/>),
    /// or null before any. Screens, the hub and the recent calls order calls by this move's sequence, never by the
    /// ticket's last move: a ticket called first and served later is still the older call.
    /// </summary>
    public TicketMove? LastCall => History.FindLast(m => m.Kind.IsCall());

    public bool IsPriority => Priority != PriorityGroup.None;

    /// <summary>A ticket that occupies its desk: the desk may not call another.</summary>
    public bool IsAtDesk => Status is TicketStatus.Called or TicketStatus.Serving;
}
