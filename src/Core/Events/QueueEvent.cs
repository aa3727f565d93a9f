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
    string? FromServiceId = null)
{
    /// <summary>The picture of today right after this move (null only for events made up outside the engine, as in tests).</summary>
    public TodaySnapshot? Snapshot { get; init; }
}
