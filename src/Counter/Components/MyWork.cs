using System.Globalization;
using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Counter.Components;

/// <summary>The officer's own figures for the console, and how the console writes them.</summary>
public static class MyWork
{
    /// <summary>
    /// Today's and this month's totals of one officer, nobody else's. On the minute beat (<paramref name="latest"/>
    /// false) today's part may be the rollup another console made this minute; on opening and on "Perbarui" it is exact.
    /// </summary>
    public static (StaffTotals Today, StaffTotals Month) Read(StaffReportService staff, string officerId, bool latest = true)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentException.ThrowIfNullOrEmpty(officerId);
        var today = staff.Today;
        var filter = new ReportFilter(OfficerId: officerId);
        var month = Build(ReportPeriod.Of(ReportPeriodKind.ThisMonth, today));
        var todayOnly = Build(new ReportPeriod(today, today));
        return (todayOnly.Total, month.Total);

        StaffReport Build(ReportPeriod period) => latest ? staff.Build(period, filter) : staff.BuildOfThisMinute(period, filter);
    }

    /// <summary>"6,5 j": in tenths of an hour, so that a quiet console is not drawn again every minute.</summary>
    public static string Hours(TimeSpan span) =>
        Labels.Format(MyWorkText.MyWorkHours, Math.Round(span.TotalHours, 1).ToString("N1", CultureInfo.CurrentCulture));

    public static string Minutes(TimeSpan? span) => span is { } s
        ? Labels.Format(MyWorkText.MyWorkMinutes, Math.Round(s.TotalMinutes, 1).ToString("N1", CultureInfo.CurrentCulture))
        : "–";

    public static string Rate(double? value) => value is { } v ? v.ToString("N1", CultureInfo.CurrentCulture) : "–";

    public static string AgainstStandard(StaffTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return totals.MeanService is null ? "–" : Labels.Format(MyWorkText.MyWorkAgainst, Minutes(totals.MeanService), Minutes(totals.MeanStandard));
    }
}
