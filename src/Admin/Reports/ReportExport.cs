using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>Builds the downloads of a report: the same report the page shows, as CSV or as an Excel workbook.</summary>
public sealed class ReportExport(ReportService reports, QueueEngine engine, IQueueStore store, NoticeService notices)
{
    /// <summary>The report behind a request, narrowed to the account's agency.</summary>
    /// <exception cref="ReportException">The request is refused (period, ids, scope).</exception>
    public ReportResult Report(ReportRequest request, string? agencyScope)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scoped = request.WithinScope(agencyScope);
        return reports.Build(scoped.PeriodOn(reports.Today), scoped.Filter);
    }

    /// <summary>The report's tables, then its notices ("Pemberitahuan") for the same period and agency.</summary>
    public IReadOnlyList<ExportTable> Tables(ReportResult report, CultureInfo culture)
    {
        var names = Names(culture);
        return [.. ReportSheet.Tables(report, names), NoticeSheet.Table(NoticeReport.For(notices, report), names)];
    }

    public ReportNames Names(CultureInfo culture) => new(engine.Catalog, store.LoadOfficers(), culture);
}
