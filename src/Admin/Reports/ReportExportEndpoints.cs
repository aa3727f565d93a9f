using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MppQueue.Ui;

namespace MppQueue.Admin.Reports;

/// <summary>
/// <c>GET /reports/export.csv</c> and <c>GET /reports/export.xlsx</c> with the page's query (<see cref="ReportRequest"/>):
/// for supervisors, narrowed to an agency supervisor's own agency exactly as the page is. A refused request is
/// a 400 with the sentence in the request's language; asking for another agency is a 403 (<see cref="ReportDownload"/>).
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

    private static IResult Export(HttpContext context, ReportExport export, bool csv) =>
        ReportDownload.Send(context, export, csv, "laporan", withService: true, (request, scope, culture) =>
        {
            var report = export.Report(request, scope);
            return (report.Period, export.Tables(report, culture));
        });
}
