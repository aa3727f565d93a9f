namespace MppQueue.Admin.Components.Config;

/// <summary>One weekday's row of a service form: open or not, and from when to when ("HH:mm").</summary>
public sealed class DayHoursDraft
{
    public required DayOfWeek Day { get; init; }

    public bool Open { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string Field => "hours." + Day;
}
