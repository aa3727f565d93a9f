using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using MppQueue.Admin.Ikm;

namespace MppQueue.Admin;

public static class AdminEndpoints
{
    /// <summary>The area's downloads (report exports, backup); each endpoint carries its own authorization policy.</summary>
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapIkmExport();
        Reports.ReportExportEndpoints.MapReportExports(endpoints);
        Reports.StaffExportEndpoints.MapStaffExports(endpoints);
        Region.RegionExportEndpoints.MapRegionExports(endpoints);
        endpoints.MapGet(People.BackupDownload.Path, People.BackupDownload.Handle).RequireAuthorization(Ui.Policies.Admin);
        return endpoints;
    }
}
