using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>One officer's planned day at a desk of the demo history: when they sign in, when their day ends, their pauses, and a move to another desk.</summary>
internal sealed record DemoShift(Officer Officer, string DeskId, DateTimeOffset SignIn, DateTimeOffset EndAt, ImmutableArray<DemoPause> Pauses, DemoMove? Move = null);

/// <summary>
/// A planned pause. It starts when the desk is free at or after <see cref="DueAt"/>; before <see cref="HardAt"/> only
/// if nobody waits for the desk's services (the Friday break: the queue is finished first). It ends after
/// <see cref="Length"/>, or at <see cref="Until"/>; it is skipped when the officer is not free before <see cref="LatestStart"/>.
/// </summary>
internal sealed record DemoPause(DateTimeOffset DueAt, DateTimeOffset HardAt, DateTimeOffset LatestStart, PauseReason Reason, string? Note, TimeSpan? Length = null, DateTimeOffset? Until = null)
{
    public DateTimeOffset EndsAt(DateTimeOffset start) => Until ?? start + (Length ?? TimeSpan.FromMinutes(15));
}

/// <summary>The officer signs in at another desk once free after <see cref="At"/> (the engine signs them out of the first, "moved to …").</summary>
internal sealed record DemoMove(DateTimeOffset At, string ToDeskId);
