using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Reports;

/// <summary>
/// <c>GET /reports/staff/export.csv</c> and <c>.xlsx</c> with the staff page's query: for supervisors, narrowed to an
/// agency supervisor's own agency exactly as the page is; another agency is a 403, a bad request a 400 in words.
/// </summary>
public static class StaffExportEndpoints
{
    public const string CsvPath = "/reports/staff/export.csv";

    public const string XlsxPath = "/reports/staff/export.xlsx";

    public static IEndpointRouteBuilder MapStaffExports(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(CsvPath, (HttpContext context, StaffReportService staff, ReportService reports, ReportExport export) => Export(context, staff, reports, export, csv: true))
            .RequireAuthorization(Policies.Supervisor);
        endpoints.MapGet(XlsxPath, (HttpContext context, StaffReportService staff, ReportService reports, ReportExport export) => Export(context, staff, reports, export, csv: false))
            .RequireAuthorization(Policies.Supervisor);
        return endpoints;
    }

    private static IResult Export(HttpContext context, StaffReportService staff, ReportService reports, ReportExport export, bool csv)
    {
        var culture = CultureInfo.CurrentUICulture;
        var names = export.Names(culture);
        StaffReport report;
        try
        {
            var q = context.Request.Query;
            var request = ReportRequest.Parse(q["period"], q["from"], q["to"], q["agency"], null, q["desk"], q["officer"]);
            StaffScreen.Build(staff, reports, request, ReportRequest.ScopeOf(context.User), out report);
        }
        catch (ReportException e)
        {
            var status = e.Code == ReportErrorCode.OutOfScope ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Results.Text(names.Error(e), "text/plain; charset=utf-8", Encoding.UTF8, status);
        }

        context.Response.Headers.CacheControl = "no-store";
        var tables = StaffSheet.Tables(report, names);
        var name = string.Create(CultureInfo.InvariantCulture, $"kinerja-petugas-{report.Period.From:yyyy-MM-dd}-{report.Period.To:yyyy-MM-dd}.{(csv ? "csv" : "xlsx")}");
        return csv
            ? Results.File(ReportCsvWriter.ToBytes(tables, culture), ReportCsvWriter.ContentType, name)
            : Results.File(ReportXlsxWriter.ToBytes(tables), ReportXlsxWriter.ContentType, name);
    }
}
