using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Ikm;

/// <summary>
/// <c>GET /reports/ikm.csv?from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>: the index page's table as a CSV download, for
/// supervisors, narrowed to the agency of an agency supervisor exactly as the page is.
/// </summary>
public static class IkmExportEndpoint
{
    public const string Path = "/reports/ikm.csv";

    public static string Url(IkmPeriod period) => Path + "?" + period.Query;

    public static IEndpointRouteBuilder MapIkmExport(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Path, Export).RequireAuthorization(Policies.Supervisor);
        return endpoints;
    }

    private static IResult Export(HttpContext context, SurveyService survey, QueueEngine engine, string? from = null, string? to = null)
    {
        // The request's language (Indonesian unless the person chose English) names the columns and the errors.
        var culture = CultureInfo.CurrentUICulture;
        if (!IkmPeriod.TryParse(from, to, culture, out var period, out var error))
        {
            return Results.Text(error, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
        }

        var sheet = IkmSheet.For(survey.Report(period.From, period.To), engine.Catalog, IkmAudience.AgencyOf(context.User), culture);

        // An agency's figures are not for shared caches or the browser's back button on a shared PC.
        context.Response.Headers.CacheControl = "no-store";
        return Results.File(IkmCsv.ToBytes(sheet, culture), IkmCsv.ContentType, IkmCsv.FileName(period));
    }
}
