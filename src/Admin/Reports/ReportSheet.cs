using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>A report as the tables of its downloads: summary, per day, by service, desk and officer, quota use and busiest hours.</summary>
public static class ReportSheet
{
    public static IReadOnlyList<ExportTable> Tables(ReportResult report, ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(names);
        string T(string key) => names.Text(key);
        var minutes = " (" + T(nameof(ReportText.ReportMinutesUnit)) + ")";

        var summary = new List<IReadOnlyList<object?>>
        {
            Row(T(nameof(ReportText.ReportFrom)), report.Period.From),
            Row(T(nameof(ReportText.ReportTo)), report.Period.To),
            Row(T(nameof(ReportText.ReportAgency)), report.Filter.AgencyId is null ? T(nameof(ReportText.ReportAll)) : names.Agency(report.Filter.AgencyId)),
            Row(T(nameof(ReportText.ReportService)), report.Filter.ServiceId is null ? T(nameof(ReportText.ReportAll)) : names.Service(report.Filter.ServiceId)),
            Row(T(nameof(ReportText.ReportDesk)), report.Filter.DeskId is null ? T(nameof(ReportText.ReportAll)) : names.Desk(report.Filter.DeskId)),
            Row(T(nameof(ReportText.ReportOfficer)), report.Filter.OfficerId is null ? T(nameof(ReportText.ReportAll)) : names.Officer(report.Filter.OfficerId)),
            Row(T(nameof(ReportText.ReportIssued)), report.Counts.Issued),
            Row(T(nameof(ReportText.ReportServed)), report.Counts.Served),
            Row(T(nameof(ReportText.ReportNoShow)), report.Counts.NoShow),
            Row(T(nameof(ReportText.ReportCancelled)), report.Counts.Cancelled),
            Row(T(nameof(ReportText.ReportTransferred)), report.Counts.Transferred),
            Row(T(nameof(ReportText.ReportUnfinished)), report.Counts.Unfinished),
            Row(T(nameof(ReportText.ReportWaiting)) + " – " + T(nameof(ReportText.ReportMeasured)), report.Waiting.Count),
            Row(T(nameof(ReportText.ReportWaiting)) + " – " + T(nameof(ReportText.ReportMean)) + minutes, ReportNames.Minutes(report.Waiting.Mean)),
            Row(T(nameof(ReportText.ReportWaiting)) + " – " + T(nameof(ReportText.ReportMedian)) + minutes, ReportNames.Minutes(report.Waiting.Median)),
            Row(T(nameof(ReportText.ReportWaiting)) + " – " + T(nameof(ReportText.ReportP90)) + minutes, ReportNames.Minutes(report.Waiting.P90)),
            Row(T(nameof(ReportText.ReportWithinStandard)) + " (%)", report.WithinStandardShare is { } s ? Math.Round(s * 100, 1) : null),
            Row(T(nameof(ReportText.ReportServiceTime)) + " – " + T(nameof(ReportText.ReportMeasured)), report.Service.Count),
            Row(T(nameof(ReportText.ReportServiceTime)) + " – " + T(nameof(ReportText.ReportMean)) + minutes, ReportNames.Minutes(report.Service.Mean)),
            Row(T(nameof(ReportText.ReportServiceTime)) + " – " + T(nameof(ReportText.ReportMedian)) + minutes, ReportNames.Minutes(report.Service.Median)),
            Row(T(nameof(ReportText.ReportServiceTime)) + " – " + T(nameof(ReportText.ReportP90)) + minutes, ReportNames.Minutes(report.Service.P90)),
            Row(T(nameof(ReportText.ReportSkm)), report.Skm.Index is { } index ? (double)index : null),
            Row(T(nameof(ReportText.ReportSkm)) + " – n", (long)report.Skm.ResponseCount),
            Row(T(nameof(ReportText.ReportSkm)), T(nameof(ReportText.ReportSkmOfficerNote))),
            Row(T(nameof(ReportText.ReportWaiting)), T(nameof(ReportText.ReportWaitingDefinition))),
            Row(T(nameof(ReportText.ReportServiceTime)), T(nameof(ReportText.ReportServiceDefinition))),
            Row(T(nameof(ReportText.ReportMedian)), T(nameof(ReportText.ReportPercentileNote))),
        };

        var perDay = report.PerDay
            .Select(d => Row(d.Day, d.Issued, d.Served, d.NoShow))
            .ToList();

        var quota = QuotaUseGroups.Ordered(report.QuotaUse, names.Catalog)
            .Select(q => Row(names.Service(q.ServiceId), names.AgencyOfService(q.ServiceId), q.Issued, q.Quota, q.Share is { } s ? Math.Round(s * 100, 1) : null))
            .ToList();

        var funnel = report.Funnel
            .Select(f => Row(
                names.Channel(f.Channel), f.Channel == VisitChannel.WalkIn ? null : f.Booked, f.Channel == VisitChannel.WalkIn ? null : f.Cancelled,
                f.Channel == VisitChannel.WalkIn ? null : f.Expired, f.CheckedIn, f.Called, f.Served, f.Surveyed, ReportNames.Minutes(f.Waiting.Median)))
            .ToList();

        var hours = report.BusiestHours.BusyHours();
        var heat = Enumerable.Range(0, 7)
            .Select(row => (IReadOnlyList<object?>)[names.DayOfRow(row), .. hours.Select(h => (object?)report.BusiestHours.Cells[(row * 24) + h])])
            .ToList();

        return
        [
            new ExportTable(T(nameof(ReportText.ReportSheetSummary)), [T(nameof(ReportText.ReportItem)), T(nameof(ReportText.ReportValue))], summary),
            new ExportTable(T(nameof(ReportText.ReportSheetPerDay)), [T(nameof(ReportText.ReportDay)), T(nameof(ReportText.ReportIssued)), T(nameof(ReportText.ReportServed)), T(nameof(ReportText.ReportNoShow))], perDay),
            Breakdown(T(nameof(ReportText.ReportByService)), T(nameof(ReportText.ReportService)), report.ByService, names.Service, names, minutes),
            Breakdown(T(nameof(ReportText.ReportByDesk)), T(nameof(ReportText.ReportDesk)), report.ByDesk, names.Desk, names, minutes),
            Breakdown(T(nameof(ReportText.ReportByOfficer)), T(nameof(ReportText.ReportOfficer)), report.ByOfficer, names.Officer, names, minutes),
            new ExportTable(T(nameof(ReportText.ReportQuotaUse)), [T(nameof(ReportText.ReportService)), T(nameof(ReportText.ReportAgency)), T(nameof(ReportText.ReportIssued)), T(nameof(ReportText.ReportQuota)), T(nameof(ReportText.ReportShare)) + " (%)"], quota),
            new ExportTable(
                T(nameof(ReportText.ReportFunnel)),
                [
                    T(nameof(ReportText.ReportFunnelChannel)), T(nameof(ReportText.ReportFunnelBooked)), T(nameof(ReportText.ReportCancelled)),
                    T(nameof(ReportText.ReportFunnelExpired)), T(nameof(ReportText.ReportFunnelCheckedIn)), T(nameof(ReportText.ReportFunnelCalled)),
                    T(nameof(ReportText.ReportServed)), T(nameof(ReportText.ReportFunnelSurveyed)), T(nameof(ReportText.ReportWaiting)) + " " + T(nameof(ReportText.ReportMedian)) + minutes,
                ],
                funnel),
            new ExportTable(T(nameof(ReportText.ReportSheetHours)), [T(nameof(ReportText.ReportDay)), .. hours.Select(h => h.ToString("00", CultureInfo.InvariantCulture) + ":00")], heat),
        ];
    }

    private static ExportTable Breakdown(string title, string keyHeader, IEnumerable<BreakdownLine> lines, Func<string?, string> name, ReportNames names, string minutes)
    {
        string T(string key) => names.Text(key);
        var wait = T(nameof(ReportText.ReportWaiting)) + " ";
        var service = T(nameof(ReportText.ReportServiceTime)) + " ";
        return new ExportTable(
            title,
            [
                keyHeader, T(nameof(ReportText.ReportIssued)), T(nameof(ReportText.ReportServed)), T(nameof(ReportText.ReportNoShow)),
                T(nameof(ReportText.ReportCancelled)), T(nameof(ReportText.ReportTransferred)), T(nameof(ReportText.ReportUnfinished)),
                wait + T(nameof(ReportText.ReportMean)) + minutes, wait + T(nameof(ReportText.ReportMedian)) + minutes, wait + T(nameof(ReportText.ReportP90)) + minutes,
                service + T(nameof(ReportText.ReportMean)) + minutes, service + T(nameof(ReportText.ReportMedian)) + minutes, service + T(nameof(ReportText.ReportP90)) + minutes,
            ],
            [.. lines.Select(l => Row(
                name(l.Key), l.Counts.Issued, l.Counts.Served, l.Counts.NoShow, l.Counts.Cancelled, l.Counts.Transferred, l.Counts.Unfinished,
                ReportNames.Minutes(l.Waiting.Mean), ReportNames.Minutes(l.Waiting.Median), ReportNames.Minutes(l.Waiting.P90),
                ReportNames.Minutes(l.Service.Mean), ReportNames.Minutes(l.Service.Median), ReportNames.Minutes(l.Service.P90)))]);
    }

    private static object?[] Row(params object?[] cells) => cells;
}
