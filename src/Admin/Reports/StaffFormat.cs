using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>How the staff page and its downloads write durations, shares and the split of time on duty.</summary>
public static class StaffFormat
{
    /// <summary>Up to this many days the chart has a bar per day; longer periods get a bar per month.</summary>
    public const int DailyBarsUpTo = 62;

    public static double Hours(TimeSpan span) => Math.Round(span.TotalHours, 1);

    /// <summary>
    /// "12,5 jam"; under an hour in whole minutes ("25 menit"), so that a day's first hour does not read as nothing;
    /// some time that rounds to no minute, "kurang dari 1 menit" (not "0 menit" beside a share of it).
    /// </summary>
    public static string HoursText(TimeSpan span, CultureInfo culture) =>
        span > TimeSpan.Zero && Math.Round(span.TotalMinutes) < 1 ? StaffText.ResourceManager.GetString(nameof(StaffText.StaffUnderAMinute), culture) ?? "< 1"
        : span < TimeSpan.FromHours(1)
        ? string.Format(culture, StaffText.ResourceManager.GetString(nameof(StaffText.StaffMinutes), culture) ?? "{0}", Math.Round(span.TotalMinutes).ToString("N0", culture))
        : string.Format(culture, StaffText.ResourceManager.GetString(nameof(StaffText.StaffHours), culture) ?? "{0}", Hours(span).ToString("N1", culture));

    public static double? Rate(double? value) => value is { } v ? Math.Round(v, 2) : null;

    public static double? Percent(double? share) => share is { } s ? Math.Round(s * 100, 1) : null;

    public static string PauseName(PauseReason reason, CultureInfo culture) =>
        StaffText.ResourceManager.GetString("StaffPause_" + reason, culture) ?? reason.ToString();

    /// <summary>Time on duty in four parts that add up to it: serving, idle while people waited, paused, and the rest (nobody waiting).</summary>
    public static (TimeSpan Busy, TimeSpan Idle, TimeSpan Paused, TimeSpan Other) Split(StaffTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var other = totals.Duty - totals.Busy - totals.IdleWhileWaiting - totals.Paused;
        return (totals.Busy, totals.IdleWhileWaiting, totals.Paused, other < TimeSpan.Zero ? TimeSpan.Zero : other);
    }

    /// <summary>A part's width in a bar as a CSS percentage of <paramref name="whole"/>.</summary>
    public static string Width(TimeSpan part, TimeSpan whole) =>
        (whole <= TimeSpan.Zero ? 0 : Math.Round(100.0 * part.Ticks / whole.Ticks, 2)).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>The per-day chart's bars: one per day up to <see cref="DailyBarsUpTo"/> days, else one per month.</summary>
    public static IReadOnlyList<(string Label, StaffDayFigures Figures)> Bars(StaffReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Period.Days <= DailyBarsUpTo
            ? [.. report.PerDay.Select(d => (d.Day.ToString("d MMM", culture), d))]
            : [.. report.PerDay.GroupBy(d => (d.Day.Year, d.Day.Month)).Select(g => (
                new DateOnly(g.Key.Year, g.Key.Month, 1).ToString("MMM yyyy", culture),
                new StaffDayFigures(
                    new DateOnly(g.Key.Year, g.Key.Month, 1),
                    Sum(g, d => d.Duty),
                    Sum(g, d => d.Paused),
                    Sum(g, d => d.IdleWhileWaiting),
                    g.Sum(d => d.Served)) { Busy = Sum(g, d => d.Busy) }))];
    }

    private static TimeSpan Sum(IEnumerable<StaffDayFigures> days, Func<StaffDayFigures, TimeSpan> part) =>
        TimeSpan.FromTicks(days.Sum(d => part(d).Ticks));
}
