namespace MppQueue.Bench;

/// <summary>A clock stopped at one instant: the benchmark's "today" is the day after its generated year.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
