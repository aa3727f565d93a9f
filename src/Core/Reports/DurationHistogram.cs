using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// A sparse histogram of durations in bins of <see cref="BinSeconds"/> seconds, fine enough to read a median and a
/// 90th percentile from a day's rollup without keeping every ticket (docs/adr/0011-report-rollups.md). Only bins
/// that hold a count are kept, in ascending order.
/// </summary>
public sealed record DurationHistogram
{
    /// <summary>The width of one bin; a percentile read from the histogram is within half of it of the exact one.</summary>
    public const int BinSeconds = 30;

    /// <summary>Bins 0 to <see cref="OverflowBin"/> − 1 cover 0 to 12 hours; anything longer lands in the last bin.</summary>
    public const int OverflowBin = 12 * 3600 / BinSeconds;

    public static DurationHistogram Empty { get; } = new([], []);

    /// <param name="bins">Bin indexes, strictly ascending, each 0 to <see cref="OverflowBin"/>.</param>
    /// <param name="counts">The count of each bin (positive), in the same order.</param>
    public DurationHistogram(ImmutableArray<int> bins, ImmutableArray<int> counts)
    {
        bins = bins.IsDefault ? [] : bins;
        counts = counts.IsDefault ? [] : counts;
        if (bins.Length != counts.Length)
        {
            throw new ArgumentException("A histogram needs one count per bin.", nameof(counts));
        }

        for (var i = 0; i < bins.Length; i++)
        {
            if (bins[i] is < 0 or > OverflowBin || (i > 0 && bins[i] <= bins[i - 1]) || counts[i] <= 0)
            {
                throw new ArgumentException("Histogram bins must ascend within range and hold positive counts.", nameof(bins));
            }
        }

        Bins = bins;
        Counts = counts;
    }

    public ImmutableArray<int> Bins { get; }

    public ImmutableArray<int> Counts { get; }

    public int Total
    {
        get
        {
            var total = 0;
            foreach (var count in Counts)
            {
                total += count;
            }

            return total;
        }
    }

    /// <summary>The bin a duration falls in; negative durations (a clock set back) count as zero.</summary>
    public static int BinOf(TimeSpan duration) =>
        duration <= TimeSpan.Zero ? 0 : (int)Math.Min(OverflowBin, duration.Ticks / (BinSeconds * TimeSpan.TicksPerSecond));

    /// <summary>The duration a bin stands for when a percentile falls in it: its middle (the overflow bin: its start).</summary>
    public static TimeSpan ValueOf(int bin) =>
        bin >= OverflowBin ? TimeSpan.FromSeconds(OverflowBin * BinSeconds) : TimeSpan.FromSeconds((bin * BinSeconds) + (BinSeconds / 2.0));

    /// <summary>Builds the sparse form of a dense count array (index = bin).</summary>
    public static DurationHistogram FromDense(IReadOnlyList<int> dense)
    {
        ArgumentNullException.ThrowIfNull(dense);
        var bins = ImmutableArray.CreateBuilder<int>();
        var counts = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < dense.Count; i++)
        {
            if (dense[i] > 0)
            {
                bins.Add(i);
                counts.Add(dense[i]);
            }
        }

        return bins.Count == 0 ? Empty : new DurationHistogram(bins.ToImmutable(), counts.ToImmutable());
    }

    public bool Equals(DurationHistogram? other) =>
        other is not null && Bins.AsSpan().SequenceEqual(other.Bins.AsSpan()) && Counts.AsSpan().SequenceEqual(other.Counts.AsSpan());

    public override int GetHashCode() => HashCode.Combine(Bins.Length, Total);
}
