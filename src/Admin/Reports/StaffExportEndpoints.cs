using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Reports;

/// <summary>
/// <c>GET /reports/staff/export.csv</c> and <c>.xlsx</c> with the staff page's query: for supervisors, narrowed to an
/// agency supervisor's own agency exactly as the page is; another agency is a 403, a bad request a 400 in words
/// (<see cref="ReportDownload"/>).
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

    private static IResult Export(HttpContext context, StaffReportService staff, ReportService reports, ReportExport export, bool csv) =>
        ReportDownload.Send(context, export, csv, "kinerja-petugas", withService: false, (request, scope, culture) =>
        {
            StaffScreen.Build(staff, reports, request, scope, out var report);
            return (report.Period, StaffSheet.Tables(report, export.Names(culture)));
        });
}
