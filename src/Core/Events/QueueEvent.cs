namespace MppQueue.Core;

/// <summary>
/// Raised after a move has been committed. <see cref="Sequence"/> only grows, across restarts too,
/// so a screen can tell a new call from one it has already shown.
/// </summary>
public sealed record QueueEvent(
    long Sequence,
    QueueEventKind Kind,
    DateTimeOffset At,
    Ticket? Ticket,
    Desk? Desk,
    string? ZoneId,
    DeskState? DeskState = null,
    string? FromServiceId = null);
