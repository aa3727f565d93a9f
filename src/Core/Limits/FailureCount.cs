namespace MppQueue.Core;

/// <summary>Wrong passwords counted under one key: how many in a row, when the last was, and until when the key is locked.</summary>
public readonly record struct FailureCount(int Count, DateTimeOffset Last, DateTimeOffset? LockedUntil)
{
    /// <summary>The addresses remembered per account as ones it signed in from (the most recent ones).</summary>
    public const int KnownAddressesKept = 16;

    /// <summary>
    /// Wrong passwords far apart are typos, not guessing: a count that saw nothing for three lockouts (and is not
    /// locked) starts again.
    /// </summary>
    public bool IsStale(DateTimeOffset now, TimeSpan lockout) =>
        now - Last > lockout * 3 && (LockedUntil is null || LockedUntil <= now);

    /// <summary>Whether the key must wait at <paramref name="now"/>.</summary>
    public DateTimeOffset? LockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now ? until : null;

    /// <summary>
    /// The count after one more wrong password under <paramref name="rule"/> (<paramref name="before"/>: the stored one,
    /// if any). Reaching the rule's limit locks the key for <paramref name="lockout"/> and, for a restarting rule, starts
    /// the count again; a count that goes on extends the lock with each failure past the limit. The PostgreSQL store
    /// does the same in SQL.
    /// </summary>
    public static FailureCount After(FailureCount? before, FailureRule rule, DateTimeOffset now, TimeSpan lockout)
    {
        var start = before is { } known && !known.IsStale(now, lockout) ? known : new FailureCount(0, now, null);
        var count = start.Count + 1;
        return count < rule.Max
            ? new FailureCount(count, now, start.LockedUntil)
            : new FailureCount(rule.Restart ? 0 : count, now, now + lockout);
    }
}

/// <summary>One wrong password to count: under <paramref name="Key"/>, locking at <paramref name="Max"/>, and whether reaching it starts the count again.</summary>
public readonly record struct FailureRule(string Key, int Max, bool Restart);

/// <summary>What <see cref="ISignInFailures.Read"/> found: the counts by key, and whether the address is one the account signed in from.</summary>
public sealed record SignInCounts(IReadOnlyDictionary<string, FailureCount> Counts, bool KnownAddress);
