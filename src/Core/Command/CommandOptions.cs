namespace MppQueue.Core;

/// <summary>The "MppQueue:Command" configuration section: when the Command Center raises its alerts.</summary>
public sealed class CommandOptions
{
    public const string Section = "MppQueue:Command";

    /// <summary>A desk paused for longer than this (a break that ran on, a forgotten pause) is an alert.</summary>
    public int PausedTooLongMinutes { get; set; } = 15;

    /// <summary>
    /// A desk open and idle (an officer signed in, not paused, no ticket at it) for longer than this while its
    /// services have people waiting is an alert; the time counts from when both were true.
    /// </summary>
    public int IdleWhileWaitingMinutes { get; set; } = 5;

    /// <summary>How often the page re-reads the building without an event, so that waits grow and stale devices show.</summary>
    public int RefreshSeconds { get; set; } = 15;

    public TimeSpan PausedTooLong => TimeSpan.FromMinutes(Math.Clamp(PausedTooLongMinutes, 1, 24 * 60));

    public TimeSpan IdleWhileWaiting => TimeSpan.FromMinutes(Math.Clamp(IdleWhileWaitingMinutes, 1, 24 * 60));

    public TimeSpan Refresh => TimeSpan.FromSeconds(Math.Clamp(RefreshSeconds, 2, 600));
}
