namespace MppQueue.Core;

/// <summary>
/// A site's past, ready to be written at once (<see cref="IHistoryStore"/>): tickets with their moves, the bookings,
/// the desk sessions and pauses as the audit entries the engine writes for them and each desk's state after them,
/// survey answers, the daily rollups of the finished days from <see cref="FirstDay"/> to <see cref="LastDay"/>, and the
/// accounts the moves and sessions name that the store does not have yet. It may run on into the day after
/// <see cref="LastDay"/> up to <see cref="Until"/> (the morning so far): that day has no rollup, and what was under way
/// then (a ticket at a desk, an officer signed in, a pause) still is.
/// </summary>
public sealed record HistoryBatch
{
    public required DateOnly FirstDay { get; init; }

    public required DateOnly LastDay { get; init; }

    public IReadOnlyList<Officer> Officers { get; init; } = [];

    public IReadOnlyList<Ticket> Tickets { get; init; } = [];

    public IReadOnlyList<Booking> Bookings { get; init; } = [];

    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];

    public IReadOnlyList<DeskState> DeskStates { get; init; } = [];

    public IReadOnlyList<SurveyResponse> Responses { get; init; } = [];

    public IReadOnlyList<RollupDay> Rollups { get; init; } = [];

    /// <summary>The instant the history runs up to (now, when it is written); nothing in it is later.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>The highest sequence of a move or desk change in the batch; the engine goes on from there.</summary>
    public long LastSequence { get; init; }
}
