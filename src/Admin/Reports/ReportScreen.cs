using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>
/// The queue report page's state and decisions (<see cref="ReportScreenBase{TReport}"/>), and besides the report its
/// notices and its chart of tickets per day or month.
/// </summary>
/// <param name="scope">An agency supervisor's own agency; null for MPP-wide accounts.</param>
/// <param name="notices">Where the notices part comes from; without it the report has none.</param>
public sealed class ReportScreen(ReportService reports, ReportNames names, string? scope, NoticeService? notices = null)
    : ReportScreenBase<ReportResult>(names, scope)
{
    /// <summary>The notices of the report's period and agency.</summary>
    public NoticeReport? Notices { get; private set; }

    /// <summary>The report's bars per day or per month.</summary>
    public DayChart? Chart { get; private set; }

    protected override DateOnly Today => reports.Today;

    protected override ReportRequest Build(ReportRequest scoped, out ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(scoped);
        report = reports.Build(scoped.PeriodOn(reports.Today), scoped.Filter);
        return scoped;
    }

    protected override void OnCleared() => Notices = null;

    protected override void OnShown(ReportResult report)
    {
        Notices = notices is null ? null : NoticeReport.For(notices, report);
        Chart = DayChart.Of(report, CultureInfo.CurrentCulture);
    }
}
