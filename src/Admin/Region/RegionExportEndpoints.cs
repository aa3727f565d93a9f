using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MppQueue.Admin.Reports;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Region;

/// <summary>
/// <c>GET /region/reports/export.csv</c> and <c>.xlsx</c> with the comparison page's query: for regional accounts,
/// over the sites they are given. A refused period is a 400 with the sentence in the request's language.
/// </summary>
public static class RegionExportEndpoints
{
    public static IEndpointRouteBuilder MapRegionExports(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(RegionRoutes.CsvPath, (HttpContext context, RegionReader reader, IQueueStore store, string? period, string? from, string? to) =>
            Export(context, reader, store, period, from, to, csv: true)).RequireAuthorization(Policies.Regional);
        endpoints.MapGet(RegionRoutes.XlsxPath, (HttpContext context, RegionReader reader, IQueueStore store, string? period, string? from, string? to) =>
            Export(context, reader, store, period, from, to, csv: false)).RequireAuthorization(Policies.Regional);
        return endpoints;
    }

    private static IResult Export(HttpContext context, RegionReader reader, IQueueStore store, string? period, string? from, string? to, bool csv)
    {
        if (RegionRequest.Parse(period, from, to, out var error) is not { } request)
        {
            return Results.Text(error, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
        }

        // The account as stored now (its sites may have changed since it signed in).
        var id = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var sites = RegionAudience.SitesOf(store.LoadOfficers().FirstOrDefault(o => o.Id == id), reader);
        var table = RegionSheet.For(reader.Compare(sites, request.Kind, request.Custom));
        var name = RegionText.FileName + "-" + request.Kind.ToString().ToLowerInvariant();
        context.Response.Headers.CacheControl = "no-store";
        return csv
            ? Results.File(ReportCsvWriter.ToBytes([table], CultureInfo.CurrentCulture), ReportCsvWriter.ContentType, name + ".csv")
            : Results.File(ReportXlsxWriter.ToBytes([table]), ReportXlsxWriter.ContentType, name + ".xlsx");
    }
}
