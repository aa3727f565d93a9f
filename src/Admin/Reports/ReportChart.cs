using System.Globalization;
using MppQueue.Core;
using MudBlazor;

namespace MppQueue.Admin.Reports;

/// <summary>How the report page draws its figures: bars per day or per month, the heat map's hours and colours, the count tiles, the breakdowns, the period names.</summary>
public static class ReportChart
{
    /// <summary>Up to this many days the chart (<see cref="DayChart"/>) has a bar per day; longer periods get a bar per month.</summary>
    public const int DailyBarsUpTo = 62;

    /// <summary>The period choices, in the order of their buttons.</summary>
    public static readonly IReadOnlyList<ReportPeriodKind> Choices = Enum.GetValues<ReportPeriodKind>();

    /// <summary>A cell's background from white to the theme's blue by its share of the busiest cell; dark text stays readable up to about 60 %.</summary>
    public static string HeatStyle(long value, long max)
    {
        var share = max > 0 ? (double)value / max : 0;
        var alpha = (0.08 + (0.85 * share)).ToString("0.00", CultureInfo.InvariantCulture);
        var color = share > 0.6 ? "#fff" : "inherit";
        return $"padding: 4px 6px; min-width: 32px; text-align: right; border: 1px solid #e0e0e0; background: rgba(25, 118, 210, {(value == 0 ? "0" : alpha)}); color: {color};";
    }

    public static string ChoiceLabel(ReportPeriodKind choice) => choice switch
    {
        ReportPeriodKind.Today => ReportText.ReportPeriodToday,
        ReportPeriodKind.ThisWeek => ReportText.ReportPeriodThisWeek,
        ReportPeriodKind.ThisMonth => ReportText.ReportPeriodThisMonth,
        ReportPeriodKind.LastMonth => ReportText.ReportPeriodLastMonth,
        ReportPeriodKind.ThisYear => ReportText.ReportPeriodThisYear,
        _ => ReportText.ReportPeriodCustom,
    };

    public static IEnumerable<(string Key, string Label, long Value)> CountTiles(ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            ("issued", ReportText.ReportIssued, report.Counts.Issued),
            ("served", ReportText.ReportServed, report.Counts.Served),
            ("noshow", ReportText.ReportNoShow, report.Counts.NoShow),
            ("cancelled", ReportText.ReportCancelled, report.Counts.Cancelled),
            ("transferred", ReportText.ReportTransferred, report.Counts.Transferred),
            ("unfinished", ReportText.ReportUnfinished, report.Counts.Unfinished),
        ];
    }

    /// <summary>The heat map's columns: the hours anything happened in, or 07–16 for an empty report (a usual day).</summary>
    public static IReadOnlyList<int> HeatHours(ReportResult? report) =>
        report?.BusiestHours.BusyHours() is { Count: > 0 } busy ? busy : [.. Enumerable.Range(7, 10)];

    /// <summary>The breakdown tables: by service, desk and officer, each with a key, a title and how its lines are named.</summary>
    public static IEnumerable<(string Key, string Title, IReadOnlyList<BreakdownLine> Lines, Func<string?, string> Name)> Breakdowns(ReportResult report, ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(names);
        return
        [
            ("service", ReportText.ReportByService, report.ByService, names.Service),
            ("desk", ReportText.ReportByDesk, report.ByDesk, names.Desk),
            ("officer", ReportText.ReportByOfficer, report.ByOfficer, names.Officer),
        ];
    }
}
