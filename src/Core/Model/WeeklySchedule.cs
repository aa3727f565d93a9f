using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>Opening hours per weekday; a weekday without hours is closed.</summary>
public sealed record WeeklySchedule(ImmutableDictionary<DayOfWeek, TimeRange> Days)
{
    public static WeeklySchedule Weekdays(TimeOnly open, TimeOnly close, TimeOnly? fridayClose = null)
    {
        var builder = ImmutableDictionary.CreateBuilder<DayOfWeek, TimeRange>();
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday })
        {
            builder[day] = new TimeRange(open, close);
        }

        builder[DayOfWeek.Friday] = new TimeRange(open, fridayClose ?? close);
        return new WeeklySchedule(builder.ToImmutable());
    }

    public TimeRange? For(DayOfWeek day) => Days.TryGetValue(day, out var range) ? range : null;
}
