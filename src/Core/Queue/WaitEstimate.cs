namespace MppQueue.Core;

/// <summary>
/// How long a waiting visitor may still wait before being called, as a range in whole minutes.
/// </summary>
/// <param name="LowMinutes">The early end of the range (rounded down).</param>
/// <param name="HighMinutes">The late end of the range (rounded up); never below <paramref name="LowMinutes"/>.</param>
/// <param name="Basis">Whether recent service times or the standard time were used.</param>
/// <param name="SampleCount">How many recent service times were used (0 for the standard time).</param>
/// <param name="TypicalServiceTime">The median service time used.</param>
/// <param name="SlowServiceTime">The 80th-percentile service time used.</param>
public sealed record WaitEstimate(
    int LowMinutes,
    int HighMinutes,
    WaitEstimateBasis Basis,
    int SampleCount,
    TimeSpan TypicalServiceTime,
    TimeSpan SlowServiceTime);
