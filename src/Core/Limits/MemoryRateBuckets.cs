namespace MppQueue.Core;

/// <summary>
/// Token buckets in this process's memory (one process serves the site). A bucket refills continuously; one that is
/// full again holds nothing worth keeping, so full buckets are forgotten when many are kept.
/// </summary>
public sealed class MemoryRateBuckets : IRateBuckets
{
    private const int MaxKept = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    public TimeSpan? Take(string key, int burst, TimeSpan every, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(every, TimeSpan.Zero);
        lock (_gate)
        {
            if (_buckets.Count >= MaxKept)
            {
                foreach (var full in _buckets.Where(p => p.Value.Permits(now, p.Value.Burst, p.Value.Every) >= p.Value.Burst).Select(p => p.Key).ToList())
                {
                    _buckets.Remove(full);
                }
            }

            var permits = _buckets.TryGetValue(key, out var bucket) ? bucket.Permits(now, burst, every) : burst;
            if (permits >= 1)
            {
                _buckets[key] = new Bucket(permits - 1, now > bucket.At ? now : bucket.At, burst, every);
                return null;
            }

            return every * (1 - permits);
        }
    }

    private readonly record struct Bucket(double Left, DateTimeOffset At, int Burst, TimeSpan Every)
    {
        // What the bucket holds at now: what was left, plus one permit per period since (a clock that went back adds none).
        public double Permits(DateTimeOffset now, int burst, TimeSpan every) =>
            Math.Min(burst, Left + Math.Max(0, (now - At).Ticks) / (double)every.Ticks);
    }
}
