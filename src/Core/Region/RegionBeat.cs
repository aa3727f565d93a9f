namespace MppQueue.Core;

/// <summary>
/// What the regional view has read of its sites, kept for one beat (<see cref="RegionReader.Refresh"/>): a reading is
/// made at most once per beat for each key, by one reader per site at a time, and whoever waited for that reader finds
/// its fresh reading. A reading that throws is not kept (the caller hears it). Whenever a reading is kept, those older
/// than a beat are dropped, so what is kept is bounded by what was asked in the last beat.
/// </summary>
/// <typeparam name="TKey">What was read (the key names its site).</typeparam>
/// <typeparam name="TValue">The reading.</typeparam>
internal sealed class RegionBeat<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<string, Lock> _reading;
    private readonly Dictionary<TKey, Kept> _kept = [];
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _refresh;

    /// <param name="sites">The configured sites (schemas): one reader at a time for each.</param>
    /// <param name="time">The clock.</param>
    /// <param name="refresh">How long a reading is kept.</param>
    public RegionBeat(IEnumerable<string> sites, TimeProvider time, TimeSpan refresh)
    {
        _reading = sites.ToDictionary(schema => schema, _ => new Lock(), StringComparer.Ordinal);
        _time = time;
        _refresh = refresh;
    }

    /// <summary>The reading of <paramref name="key"/> kept in this beat, or a fresh one made by <paramref name="read"/>.</summary>
    /// <param name="schema">The site the reading reads (one reader per site at a time).</param>
    /// <param name="key">What is read.</param>
    /// <param name="fits">Whether a kept reading still answers the key now (for instance its period is still the one named).</param>
    /// <param name="read">Reads the site.</param>
    public TValue Get(string schema, TKey key, Func<TValue, bool> fits, Func<TValue> read)
    {
        lock (_reading[schema])
        {
            lock (_gate)
            {
                if (_kept.TryGetValue(key, out var kept) && IsFresh(kept, _time.GetUtcNow()) && fits(kept.Value))
                {
                    return kept.Value;
                }
            }

            var takenAt = _time.GetUtcNow();
            var value = read();
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                foreach (var stale in _kept.Where(k => !IsFresh(k.Value, now)).Select(k => k.Key).ToList())
                {
                    _kept.Remove(stale);
                }

                _kept[key] = new Kept(value, takenAt);
            }

            return value;
        }
    }

    /// <summary>How many readings are kept now (for tests of the bound).</summary>
    internal int Count
    {
        get
        {
            lock (_gate)
            {
                return _kept.Count;
            }
        }
    }

    private bool IsFresh(Kept kept, DateTimeOffset now) => now - kept.TakenAt < _refresh;

    private readonly record struct Kept(TValue Value, DateTimeOffset TakenAt);
}
