namespace MppQueue.Core;

/// <summary>One recorded move: what happened, when, at which desk, by whom.</summary>
public sealed record TicketMove(
    long Sequence,
    MoveKind Kind,
    DateTimeOffset At,
    TicketStatus From,
    TicketStatus To,
    string? DeskId,
    string? OfficerId,
    string? Note);
