using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Reports;

/// <summary>
/// <c>GET /reports/export.csv</c> and <c>GET /reports/export.xlsx</c> with the page's query (<see cref="ReportRequest"/>):
/// for supervisors, narrowed to an agency supervisor's own agency exactly as the page is. A refused request is
/// a 400 with the sentence in the request's language; asking for another agency is a 403.
/// </summary>
public static class ReportExportEndpoints
{
    public const string CsvPath = "/reports/export.csv";

    public const string XlsxPath = "/reports/export.xlsx";

    public static IEndpointRouteBuilder MapReportExports(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(CsvPath, (HttpContext context, ReportExport export) => Export(context, export, csv: true))
            .RequireAuthorization(Policies.Supervisor);
        endpoints.MapGet(XlsxPath, (HttpContext context, ReportExport export) => Export(context, export, csv: false))
            .RequireAuthorization(Policies.Supervisor);
        return endpoints;
    }

    private static IResult Export(HttpContext context, ReportExport export, bool csv)
    {
        var culture = CultureInfo.CurrentUICulture;
        ReportResult report;
        try
        {
            var q = context.Request.Query;
            var request = ReportRequest.Parse(q["period"], q["from"], q["to"], q["agency"], q["service"], q["desk"], q["officer"]);
            report = export.Report(request, ReportRequest.ScopeOf(context.User));
        }
        catch (ReportException e)
        {
            var status = e.Code == ReportErrorCode.OutOfScope ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Results.Text(export.Names(culture).Error(e), "text/plain; charset=utf-8", Encoding.UTF8, status);
        }

        // An agency's figures are not for shared caches or the browser's back button on a shared PC.
        context.Response.Headers.CacheControl = "no-store";
        var tables = export.Tables(report, culture);
        return csv
            ? Results.File(ReportCsvWriter.ToBytes(tables, culture), ReportCsvWriter.ContentType, ReportExport.FileName(report.Period, "csv"))
            : Results.File(ReportXlsxWriter.ToBytes(tables), ReportXlsxWriter.ContentType, ReportExport.FileName(report.Period, "xlsx"));
    }
}
