namespace MppQueue.Core;

/// <summary>
/// Finished days of a site's past, ready to be written at once (<see cref="IHistoryStore"/>): tickets with their moves,
/// the bookings of those days, the desk sessions and pauses as the audit entries the engine writes for them and each
/// desk's state after them, survey answers, the daily rollups of every day from <see cref="FirstDay"/> to
/// <see cref="LastDay"/>, and the accounts the moves and sessions name that the store does not have yet.
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

    /// <summary>The highest sequence of a move or desk change in the batch; the engine goes on from there.</summary>
    public long LastSequence { get; init; }
}
