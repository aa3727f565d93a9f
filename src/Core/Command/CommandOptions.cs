namespace MppQueue.Core;

/// <summary>The "MppQueue:Command" configuration section: when the Command Center raises its alerts.</summary>
public sealed class CommandOptions
{
    public const string Section = "MppQueue:Command";

    /// <summary>A desk paused for longer than this (a break that ran on, a forgotten pause) is an alert.</summary>
    public int PausedTooLongMinutes { get; set; } = 15;

    /// <summary>How often the page re-reads the building without an event, so that waits grow and stale devices show.</summary>
    public int RefreshSeconds { get; set; } = 15;

    public TimeSpan PausedTooLong => TimeSpan.FromMinutes(Math.Clamp(PausedTooLongMinutes, 1, 24 * 60));

    public TimeSpan Refresh => TimeSpan.FromSeconds(Math.Clamp(RefreshSeconds, 2, 600));
}
