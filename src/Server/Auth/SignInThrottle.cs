namespace MppQueue.Server.Auth;

/// <summary>
/// Slows down password guessing: after <see cref="SignInOptions.MaxFailuresPerUser"/> wrong passwords in a row
/// for one user name, or <see cref="SignInOptions.MaxFailuresPerAddress"/> from one address, that name or address
/// must wait <see cref="SignInOptions.Lockout"/>, even with the right password. Kept in memory: a restart forgets
/// it, which costs an attacker a restart they cannot cause.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, SignInOptions options)
{
    private const int MaxTracked = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Failures> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Failures> _addresses = new(StringComparer.Ordinal);

    /// <summary>How long this user name or address must still wait, or null when it may try now.</summary>
    public SignInLock? Check(string userName, string? address)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (LockedUntil(_users, Key(userName), now) is { } user)
            {
                return new SignInLock(ByAddress: false, user - now);
            }

            return LockedUntil(_addresses, address ?? string.Empty, now) is { } byAddress
                ? new SignInLock(ByAddress: true, byAddress - now)
                : null;
        }
    }

    public void Failed(string userName, string? address)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Count(_users, Key(userName), options.MaxFailuresPerUser, now);
            Count(_addresses, address ?? string.Empty, options.MaxFailuresPerAddress, now);
        }
    }

    /// <summary>A right password clears the user name's count (not the address's: one good account must not unlock guessing).</summary>
    public void Succeeded(string userName)
    {
        lock (_gate)
        {
            _users.Remove(Key(userName));
        }
    }

    private static string Key(string userName) => userName.Trim().ToUpperInvariant();

    private static DateTimeOffset? LockedUntil(Dictionary<string, Failures> counts, string key, DateTimeOffset now) =>
        counts.TryGetValue(key, out var failures) && failures.LockedUntil is { } until && until > now ? until : null;

    private void Count(Dictionary<string, Failures> counts, string key, int max, DateTimeOffset now)
    {
        if (counts.Count >= MaxTracked)
        {
            Forget(counts, now);
        }

        var failures = counts.TryGetValue(key, out var known) && !IsStale(known, now) ? known : new Failures(0, now, null);
        var count = failures.Count + 1;
        counts[key] = count >= max
            ? new Failures(0, now, now + options.Lockout)
            : new Failures(count, now, failures.LockedUntil);
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
