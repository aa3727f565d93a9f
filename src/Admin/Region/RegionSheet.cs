using MppQueue.Admin.Reports;
using MppQueue.Core;

namespace MppQueue.Admin.Region;

/// <summary>The comparison as one table for the CSV and Excel downloads: one row per site, in the page's order.</summary>
public static class RegionSheet
{
    public static ExportTable For(IEnumerable<RegionSiteReport> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        string[] headers =
        [
            RegionText.ColSite, RegionText.ColStatus, RegionText.From, RegionText.To, RegionText.ColIssued, RegionText.ColServed,
            RegionText.ColWaitMedian + " (min)", RegionText.ColWaitP90 + " (min)", RegionText.ColWithinStandard + " (%)",
            RegionText.ColIkm, RegionText.ColResponses, RegionText.ColOfficers, RegionText.ColServingShare + " (%)",
        ];
        var rows = sites.Select(site => (IReadOnlyList<object?>)(site.Report is { } report
            ?
            [
                site.Name, string.Empty, site.Period?.From, site.Period?.To, report.Counts.Issued, report.Counts.Served,
                Minutes(report.Waiting.Median), Minutes(report.Waiting.P90), StaffFormat.Percent(report.WithinStandardShare),
                report.Skm.Index is { } index ? (double)index : null, (long)report.Skm.ResponseCount,
                (long)site.OfficersOnDuty, StaffFormat.Percent(site.ServingShare),
            ]
            : [site.Name, RegionFormat.State(site.State), null, null, null, null, null, null, null, null, null, null, null])).ToList();
        return new ExportTable(RegionText.SheetName, headers, rows);
    }

    private static double? Minutes(TimeSpan? span) => span is { } s ? Math.Round(s.TotalMinutes, 1) : null;
}
