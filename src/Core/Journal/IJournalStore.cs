namespace MppQueue.Core;

/// <summary>
/// Reads the journal that the queue store writes with each move (<see cref="JournalEntry"/>), and trims its old end.
/// </summary>
public interface IJournalStore
{
    /// <summary>Up to <paramref name="max"/> entries after journal position <paramref name="afterId"/>, oldest first.</summary>
    IReadOnlyList<JournalEntry> ReadJournal(long afterId, int max);

    /// <summary>The position of the newest entry (0 for an empty journal).</summary>
    long LastJournalId();

    /// <summary>The position of the last entry whose engine sequence is below <paramref name="sequence"/> (0 when none), for a replay "from sequence N".</summary>
    long JournalIdBefore(long sequence);

    /// <summary>Removes the entries at or before position <paramref name="upToId"/> written before <paramref name="before"/>; returns how many.</summary>
    int PruneJournal(long upToId, DateTimeOffset before);
}
