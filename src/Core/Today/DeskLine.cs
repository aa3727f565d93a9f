using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>One desk's day in the <see cref="TodaySnapshot"/>.</summary>
/// <param name="Desk">The desk as configured.</param>
/// <param name="State">Its stored state (paused, why, since when, who signed in).</param>
/// <param name="HolderId">The officer signed in today, or null (a sign-in lasts until local midnight).</param>
/// <param name="Current">The ticket called or being served there, or null.</param>
/// <param name="Figures">Today's work at the desk, by every officer.</param>
/// <param name="Held">Tickets put aside at the desk, oldest first.</param>
/// <param name="NoShows">Today's no-shows of the desk, latest first (the reader applies the grace time).</param>
/// <param name="LastMoveAt">
/// When the latest ticket move made at the desk today was made, or null before its first. With no ticket at the
/// desk, that is when its last ticket left it (finished, no-show, transferred, held), so the Command Center can tell
/// how long the desk has been idle without reading the day's tickets.
/// </param>
public sealed record DeskLine(
    Desk Desk,
    DeskState State,
    string? HolderId,
    Ticket? Current,
    DeskFigures Figures,
    ImmutableArray<Ticket> Held,
    ImmutableArray<Ticket> NoShows,
    DateTimeOffset? LastMoveAt = null)
{
    /// <summary>Working: active, an officer signed in, not paused (busy or free).</summary>
    public bool IsOpen => Desk.Active && HolderId is not null && !State.Paused;
}
