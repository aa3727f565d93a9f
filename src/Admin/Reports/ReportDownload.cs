using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>
/// The plumbing the report downloads share (<see cref="ReportExportEndpoints"/>, <see cref="StaffExportEndpoints"/>):
/// the request read from the query and narrowed to the account's agency, a refusal in words (403 for another agency,
/// 400 otherwise), then the tables as a CSV file or an Excel workbook named after the period, never cached.
/// </summary>
public static class ReportDownload
{
    /// <summary>A report's download.</summary>
    /// <param name="fileStem">The file name's start, e.g. "laporan" for laporan-2026-11-01-2026-11-30.csv.</param>
    /// <param name="withService">Whether the report has a service filter (read from the query).</param>
    /// <param name="build">The report's period and tables for a request and the account's agency scope (null: MPP-wide).</param>
    public static IResult Send(HttpContext context, ReportExport export, bool csv, string fileStem, bool withService,
        Func<ReportRequest, string?, CultureInfo, (ReportPeriod Period, IReadOnlyList<ExportTable> Tables)> build)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(build);
        var culture = CultureInfo.CurrentUICulture;
        ReportPeriod period;
        IReadOnlyList<ExportTable> tables;
        try
        {
            var q = context.Request.Query;
            var request = ReportRequest.Parse(q["period"], q["from"], q["to"], q["agency"], withService ? (string?)q["service"] : null, q["desk"], q["officer"]);
            (period, tables) = build(request, ReportRequest.ScopeOf(context.User), culture);
        }
        catch (ReportException e)
        {
            var status = e.Code == ReportErrorCode.OutOfScope ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Results.Text(export.Names(culture).Error(e), "text/plain; charset=utf-8", Encoding.UTF8, status);
        }

        // An agency's figures are not for shared caches or the browser's back button on a shared PC.
        context.Response.Headers.CacheControl = "no-store";
        return csv
            ? Results.File(ReportCsvWriter.ToBytes(tables, culture), ReportCsvWriter.ContentType, FileName(fileStem, period, "csv"))
            : Results.File(ReportXlsxWriter.ToBytes(tables), ReportXlsxWriter.ContentType, FileName(fileStem, period, "xlsx"));
    }

    /// <summary>A download's file name, e.g. laporan-2026-11-01-2026-11-30.csv.</summary>
    public static string FileName(string stem, ReportPeriod period, string extension)
    {
        ArgumentNullException.ThrowIfNull(period);
        return string.Create(CultureInfo.InvariantCulture, $"{stem}-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}.{extension}");
    }
}
