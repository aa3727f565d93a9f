namespace MppQueue.Server.Auth;

/// <summary>
/// Slows down password guessing without handing out a denial of service (docs/adr/0008): wrong passwords are
/// counted per (user name, address) pair, per address and per user name.
/// <list type="bullet">
/// <item><see cref="SignInOptions.MaxFailuresPerUser"/> wrong passwords in a row for one user name from one
/// address lock that pair for <see cref="SignInOptions.Lockout"/>: the guesser waits, the account's owner at
/// another address does not.</item>
/// <item><see cref="SignInOptions.MaxFailuresPerAddress"/> from one address (any user names) lock the address.</item>
/// <item><see cref="SignInOptions.MaxFailuresPerAccount"/> for one user name from all addresses together (a
/// guess spread over many addresses) slow the account down for <see cref="SignInOptions.Lockout"/> after the
/// last of them: meanwhile every address that has been failing for it waits, and only an address that has not
/// failed for it, or one it has signed in from before, may still try.</item>
/// </list>
/// Kept in memory: a restart forgets it, which costs an attacker a restart they cannot cause.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, SignInOptions options)
{
    private const int MaxTracked = 10_000;

    /// <summary>The addresses remembered per account as ones it signed in from (the most recent ones).</summary>
    private const int MaxKnownAddresses = 16;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Failures> _pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Failures> _addresses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Failures> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _knownAddresses = new(StringComparer.Ordinal);

    /// <summary>How long this user name from this address must still wait, or null when it may try now.</summary>
    public SignInLock? Check(string userName, string? address)
    {
        var now = time.GetUtcNow();
        var user = Key(userName);
        var from = address ?? string.Empty;
        lock (_gate)
        {
            if (LockedUntil(_pairs, Pair(user, from), now) is { } pair)
            {
                return new SignInLock(ByAddress: false, pair - now);
            }

            if (LockedUntil(_addresses, from, now) is { } byAddress)
            {
                return new SignInLock(ByAddress: true, byAddress - now);
            }

            // Under a spread-out guess the account waits for the addresses that guess, not for its owner.
            return LockedUntil(_accounts, user, now) is { } slowed && IsFailing(user, from, now) && !IsKnown(user, from)
                ? new SignInLock(ByAddress: false, slowed - now)
                : null;
        }
    }

    public void Failed(string userName, string? address)
    {
        var now = time.GetUtcNow();
        var user = Key(userName);
        var from = address ?? string.Empty;
        lock (_gate)
        {
            Count(_pairs, Pair(user, from), options.MaxFailuresPerUser, now, restart: true);
            Count(_addresses, from, options.MaxFailuresPerAddress, now, restart: true);

            // The account's count goes on while the guessing does: each failure past the limit extends the slow-down.
            Count(_accounts, user, options.MaxFailuresPerAccount, now, restart: false);
        }
    }

    /// <summary>
    /// A right password clears the pair's count and remembers the address as one the account signs in from. Not
    /// the address's count (one good account must not unlock guessing at others) nor the account's (the owner
    /// signing in must not reset a guess spread over other addresses).
    /// </summary>
    public void Succeeded(string userName, string? address = null)
    {
        var user = Key(userName);
        var from = address ?? string.Empty;
        lock (_gate)
        {
            _pairs.Remove(Pair(user, from));
            if (!_knownAddresses.TryGetValue(user, out var known))
            {
                known = [];
                _knownAddresses[user] = known;
            }

            known.Remove(from);
            known.Add(from);
            if (known.Count > MaxKnownAddresses)
            {
                known.RemoveAt(0);
            }
        }
    }

    private static string Key(string userName) => userName.Trim().ToUpperInvariant();

    // A user name never holds a line break (the form is one line), so the pair's key cannot be forged from another pair.
    private static string Pair(string user, string address) => user + "\n" + address;

    private static DateTimeOffset? LockedUntil(Dictionary<string, Failures> counts, string key, DateTimeOffset now) =>
        counts.TryGetValue(key, out var failures) && failures.LockedUntil is { } until && until > now ? until : null;

    private bool IsFailing(string user, string address, DateTimeOffset now) =>
        _pairs.TryGetValue(Pair(user, address), out var failures) && !IsStale(failures, now);

    private bool IsKnown(string user, string address) =>
        _knownAddresses.TryGetValue(user, out var known) && known.Contains(address);

    private void Count(Dictionary<string, Failures> counts, string key, int max, DateTimeOffset now, bool restart)
    {
        if (counts.Count >= MaxTracked)
        {
            Forget(counts, now);
        }

        var failures = counts.TryGetValue(key, out var known) && !IsStale(known, now) ? known : new Failures(0, now, null);
        var count = failures.Count + 1;
        counts[key] = count < max
            ? new Failures(count, now, failures.LockedUntil)
            : new Failures(restart ? 0 : count, now, now + options.Lockout);
    }

    // Wrong passwords far apart are typos, not guessing: a count that saw nothing for a while starts again.
    private bool IsStale(Failures failures, DateTimeOffset now) =>
        now - failures.Last > options.Lockout * 3 && (failures.LockedUntil is null || failures.LockedUntil <= now);

    private void Forget(Dictionary<string, Failures> counts, DateTimeOffset now)
    {
        foreach (var key in counts.Where(p => IsStale(p.Value, now)).Select(p => p.Key).ToList())
        {
            counts.Remove(key);
        }
    }

    private readonly record struct Failures(int Count, DateTimeOffset Last, DateTimeOffset? LockedUntil);
}
