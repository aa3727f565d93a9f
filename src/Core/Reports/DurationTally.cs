namespace MppQueue.Core;

/// <summary>
/// Adds durations (one at a time, or a rollup's histogram and exact sum) and reads their count, exact mean, and
/// median and 90th percentile to the histogram's resolution. Not thread-safe: one tally per report.
/// </summary>
public sealed class DurationTally
{
    private readonly int[] _bins = new int[DurationHistogram.OverflowBin + 1];
    private long _count;
    private long _sumTicks;

    public long Count => _count;

    public long SumTicks => _sumTicks;

    public void Add(TimeSpan duration)
    {
        var clamped = duration < TimeSpan.Zero ? TimeSpan.Zero : duration;
        _bins[DurationHistogram.BinOf(clamped)]++;
        _count++;
        _sumTicks += clamped.Ticks;
    }

    /// <summary>Adds a rollup's durations: its histogram and the exact sum of what it counted.</summary>
    public void Add(DurationHistogram histogram, long sumTicks)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        for (var i = 0; i < histogram.Bins.Length; i++)
        {
            _bins[histogram.Bins[i]] += histogram.Counts[i];
            _count += histogram.Counts[i];
        }

        _sumTicks += sumTicks;
    }

    public DurationHistogram ToHistogram() => DurationHistogram.FromDense(_bins);

    /// <summary>
    /// The smallest value that at least <paramref name="share"/> of the durations do not exceed (nearest rank:
    /// the ⌈share × count⌉-th smallest), read as the middle of the bin that holds it; null when empty.
    /// </summary>
    public TimeSpan? Percentile(double share)
    {
        if (share is <= 0 or > 1 || double.IsNaN(share))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "A percentile is a share above 0 and at most 1.");
        }

        if (_count == 0)
        {
            return null;
        }

        var rank = (long)Math.Ceiling(share * _count);
        long seen = 0;
        for (var bin = 0; bin < _bins.Length; bin++)
        {
            seen += _bins[bin];
            if (seen >= rank)
            {
                return DurationHistogram.ValueOf(bin);
            }
        }

        return DurationHistogram.ValueOf(DurationHistogram.OverflowBin);
    }

    public DurationStats ToStats() => _count == 0
        ? DurationStats.None
        : new DurationStats(_count, TimeSpan.FromTicks(_sumTicks / _count), Percentile(0.5), Percentile(0.9));
}
