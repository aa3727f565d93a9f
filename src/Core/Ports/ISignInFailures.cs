namespace MppQueue.Core;

/// <summary>
/// Where the sign-in throttle keeps its counts of wrong passwords (per user name and address, per address, per account)
/// and the addresses each account signed in from, so that every node of a site counts together: in memory on one
/// process (<see cref="MemorySignInFailures"/>), in the database on PostgreSQL. The decisions are the throttle's; a
/// store only counts, each call in one step (one round trip on PostgreSQL).
/// </summary>
public interface ISignInFailures
{
    /// <summary>
    /// The counts under <paramref name="keys"/> (a key that never failed, or whose count was forgotten, is missing), and
    /// whether <paramref name="account"/> signed in from <paramref name="address"/> before.
    /// </summary>
    SignInCounts Read(IReadOnlyList<string> keys, string account, string address);

    /// <summary>Counts one wrong password under each rule's key, at once (<see cref="FailureCount.After"/>).</summary>
    void Fail(IReadOnlyList<FailureRule> rules, DateTimeOffset now, TimeSpan lockout);

    /// <summary>
    /// A right password: forgets the count under <paramref name="clearKey"/> and remembers <paramref name="address"/> as
    /// one <paramref name="account"/> signs in from (the <see cref="FailureCount.KnownAddressesKept"/> most recent).
    /// </summary>
    void Succeed(string clearKey, string account, string address, DateTimeOffset now);
}
