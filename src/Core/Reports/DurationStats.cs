namespace MppQueue.Core;

/// <summary>How many durations were measured, their exact mean, and their median and 90th percentile (to ±15 s, see <see cref="DurationHistogram"/>).</summary>
public sealed record DurationStats(long Count, TimeSpan? Mean, TimeSpan? Median, TimeSpan? P90)
{
    public static DurationStats None { get; } = new(0, null, null, null);
}
