namespace MppQueue.Core;

/// <summary>
/// Token buckets that every node of a site counts in (a kiosk's issuing rate, an API client's calls): a bucket holds at
/// most a burst of permits and gains one every so often. On one process the buckets are in memory
/// (<see cref="MemoryRateBuckets"/>); on PostgreSQL they are rows that every node takes from, one statement per take
/// (docs/adr/0022-two-nodes-one-database.md).
/// </summary>
public interface IRateBuckets
{
    /// <summary>
    /// Takes one permit from the bucket <paramref name="key"/>, which holds at most <paramref name="burst"/> permits and
    /// gains one every <paramref name="every"/> (a new bucket is full).
    /// </summary>
    /// <returns>Null when a permit was taken; otherwise how long until the bucket has one.</returns>
    TimeSpan? Take(string key, int burst, TimeSpan every, DateTimeOffset now);
}
