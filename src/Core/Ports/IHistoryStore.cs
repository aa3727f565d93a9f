namespace MppQueue.Core;

/// <summary>
/// Where a history of finished days is written in one go: the demo MPP's four weeks before its demo day, or history
/// brought over from another system. The engine never writes here; it writes each move as it happens
/// (<see cref="IQueueStore"/>).
/// </summary>
public interface IHistoryStore
{
    /// <summary>
    /// Writes the whole batch in one transaction, or nothing: the accounts it names, the tickets and their number
    /// counters, the bookings, the audit entries, the desks' states, the survey answers and the daily rollups.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store already holds tickets: history goes only into a store that has none.</exception>
    void ImportHistory(HistoryBatch batch);
}
