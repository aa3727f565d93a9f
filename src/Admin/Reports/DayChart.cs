using System.Globalization;
using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Reports;

/// <summary>
/// The report's bar chart of tickets issued and served, per day (up to <see cref="ReportChart.DailyBarsUpTo"/> days)
/// or per month: bars that share the card's width, a value axis of round steps, and day labels thinned to at most
/// <see cref="MaxLabels"/> so that they never overlap (every day for a week, every other day for a month, every month
/// for a year); each bar still says its own day and figures when pointed at.
/// </summary>
public sealed class DayChart
{
    /// <summary>At most this many labels under the bars: a month's "30 Nov" labels fit side by side in a 1000 px card.</summary>
    public const int MaxLabels = 16;

    private DayChart(IReadOnlyList<DayChartBar> bars, IReadOnlyList<long> ticks, bool perMonth)
    {
        Bars = bars;
        Ticks = ticks;
        PerMonth = perMonth;
    }

    public IReadOnlyList<DayChartBar> Bars { get; }

    /// <summary>The value axis, from 0 to the top of the plot, in round steps.</summary>
    public IReadOnlyList<long> Ticks { get; }

    public long Top => Ticks[^1];

    public bool PerMonth { get; }

    public string Title => PerMonth ? ReportViewText.ChartPerMonth : ReportViewText.ChartPerDay;

    public static DayChart Of(ReportResult report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        var perMonth = report.Period.Days > ReportChart.DailyBarsUpTo;
        var figures = perMonth
            ? report.PerDay.GroupBy(d => (d.Day.Year, d.Day.Month))
                .Select(g => (Day: new DateOnly(g.Key.Year, g.Key.Month, 1), Issued: (long)g.Sum(d => d.Issued), Served: (long)g.Sum(d => d.Served)))
                .ToList()
            : [.. report.PerDay.Select(d => (d.Day, Issued: (long)d.Issued, Served: (long)d.Served))];
        var step = Math.Max(1, (int)Math.Ceiling(figures.Count / (double)MaxLabels));
        var bars = figures.Select((f, i) => new DayChartBar(
            f.Day.ToString(perMonth ? "MMM yyyy" : "d MMM", culture),
            Labels.Format(ReportViewText.ChartBarTitle, f.Day.ToString(perMonth ? "MMMM yyyy" : "ddd d MMM yyyy", culture), f.Issued.ToString("N0", culture), f.Served.ToString("N0", culture)),
            f.Issued,
            f.Served,
            i % step == 0)).ToList();
        return new DayChart(bars, RoundTicks(bars.Count == 0 ? 0 : bars.Max(b => Math.Max(b.Issued, b.Served))), perMonth);
    }

    /// <summary>A value's height as a share of the plot, in percent (invariant, for a style).</summary>
    public string Height(long value) =>
        (Top == 0 ? 0 : value * 100.0 / Top).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>0 and four or five round steps (1, 2 or 5 times a power of ten) up to the first at or above the highest bar.</summary>
    public static IReadOnlyList<long> RoundTicks(long highest)
    {
        if (highest <= 0)
        {
            return [0, 1];
        }

        long step = 1;
        while (true)
        {
            foreach (var factor in new[] { 1L, 2L, 5L })
            {
                var candidate = step * factor;
                if (highest <= candidate * 5)
                {
                    var count = (highest + candidate - 1) / candidate;
                    return [.. Enumerable.Range(0, (int)count + 1).Select(i => i * candidate)];
                }
            }

            step *= 10;
        }
    }
}
