namespace MppQueue.Core;

/// <summary>
/// The sign-in throttle's counts in this process's memory (one process serves the site): a restart forgets them, which
/// costs an attacker a restart they cannot cause.
/// </summary>
public sealed class MemorySignInFailures : ISignInFailures
{
    // Pairs, addresses and accounts together (10,000 of each before); stale counts are forgotten when it is full.
    private const int MaxTracked = 30_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FailureCount> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _knownAddresses = new(StringComparer.Ordinal);

    public SignInCounts Read(IReadOnlyList<string> keys, string account, string address)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            var counts = new Dictionary<string, FailureCount>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (_counts.TryGetValue(key, out var count))
                {
                    counts[key] = count;
                }
            }

            return new SignInCounts(counts, _knownAddresses.TryGetValue(account, out var known) && known.Contains(address));
        }
    }

    public void Fail(IReadOnlyList<FailureRule> rules, DateTimeOffset now, TimeSpan lockout)
    {
        ArgumentNullException.ThrowIfNull(rules);
        lock (_gate)
        {
            if (_counts.Count >= MaxTracked)
            {
                foreach (var key in _counts.Where(p => p.Value.IsStale(now, lockout)).Select(p => p.Key).ToList())
                {
                    _counts.Remove(key);
                }
            }

            foreach (var rule in rules)
            {
                _counts[rule.Key] = FailureCount.After(_counts.TryGetValue(rule.Key, out var before) ? before : null, rule, now, lockout);
            }
        }
    }

    public void Succeed(string clearKey, string account, string address, DateTimeOffset now)
    {
        lock (_gate)
        {
            _counts.Remove(clearKey);
            if (!_knownAddresses.TryGetValue(account, out var known))
            {
                known = [];
                _knownAddresses[account] = known;
            }

            known.Remove(address);
            known.Add(address);
            if (known.Count > FailureCount.KnownAddressesKept)
            {
                known.RemoveAt(0);
            }
        }
    }
}
