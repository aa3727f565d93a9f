namespace MppQueue.Core;

/// <summary>One day of a staff report, for its chart: hours on duty, paused, idle while people waited, and served.</summary>
public sealed record StaffDayFigures(DateOnly Day, TimeSpan Duty, TimeSpan Paused, TimeSpan IdleWhileWaiting, long Served)
{
    /// <summary>Time with a visitor called or being served.</summary>
    public TimeSpan Busy { get; init; }
}
