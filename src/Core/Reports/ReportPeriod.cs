namespace MppQueue.Core;

/// <summary>A period of local service days, both included.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period one report covers: a year, leap day included.</summary>
    public const int MaxDays = 366;

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period a named choice means on a given local day (a week starts on Monday, as in Indonesia).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="ReportPeriodKind.Custom"/> or unknown.</exception>
    public static ReportPeriod Of(ReportPeriodKind kind, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        return kind switch
        {
            ReportPeriodKind.Today => new(today, today),
            ReportPeriodKind.ThisWeek => new(today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), today),
            ReportPeriodKind.ThisMonth => new(month, today),
            ReportPeriodKind.LastMonth => new(month.AddMonths(-1), month.AddDays(-1)),
            ReportPeriodKind.ThisYear => new(new DateOnly(today.Year, 1, 1), today),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A custom period names its own days."),
        };
    }
}
