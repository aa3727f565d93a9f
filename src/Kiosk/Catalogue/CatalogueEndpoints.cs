using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Kiosk.Catalogue;

/// <summary>
/// The public catalogue, rendered on the server as plain HTML (static server rendering, no circuit, no script): a
/// cheap phone on a slow network gets one small page, and search engines read it as it is. Each page is its own
/// document (<see cref="CatalogueDocument"/>) with its title, description and language, outside the interactive app.
/// </summary>
public static class CatalogueEndpoints
{
    public static IEndpointRouteBuilder MapCatalogue(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Public pages, the same for everyone (the search form is a GET without a token): compressed (PublicPage).
        endpoints.MapGet(CatalogueRoutes.Catalogue, List).WithMetadata(PublicPage.Instance);
        endpoints.MapGet(CatalogueRoutes.Catalogue + "/{serviceId}", Service).WithMetadata(PublicPage.Instance);
        return endpoints;
    }

    private static RazorComponentResult<CataloguePage> List(HttpContext context, QueueEngine engine, IOptions<KioskOptions> options, string? q)
    {
        Fresh(context);
        return new(new Dictionary<string, object?>
        {
            [nameof(CataloguePage.Board)] = new CatalogueBoard(engine),
            [nameof(CataloguePage.Query)] = CatalogueBoard.Trim(q),
            [nameof(CataloguePage.BaseUri)] = BaseUri(context, options.Value),
        });
    }

    private static IResult Service(HttpContext context, QueueEngine engine, IOptions<KioskOptions> options, string serviceId)
    {
        Fresh(context);
        var board = new CatalogueBoard(engine);
        var baseUri = BaseUri(context, options.Value);
        if (board.Service(serviceId) is not { } tile)
        {
            // A page of its own, in the visitor's language, with the way back; never the app's error page.
            return new RazorComponentResult<CatalogueMissingPage>(new Dictionary<string, object?>
            {
                [nameof(CatalogueMissingPage.Board)] = board,
                [nameof(CatalogueMissingPage.ServiceId)] = Printable.Echo(serviceId),
                [nameof(CatalogueMissingPage.BaseUri)] = baseUri,
            })
            { StatusCode = StatusCodes.Status404NotFound };
        }

        return new RazorComponentResult<CatalogueServicePage>(new Dictionary<string, object?>
        {
            [nameof(CatalogueServicePage.Board)] = board,
            [nameof(CatalogueServicePage.Tile)] = tile,
            [nameof(CatalogueServicePage.BaseUri)] = baseUri,
        });
    }

    // Today's status is in the page: a shared cache must not keep it, and the language follows the visitor's cookie.
    private static void Fresh(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.Vary = "Cookie";
    }

    /// <summary>The address phones and search engines use: the configured public address, else the request's own.</summary>
    private static Uri BaseUri(HttpContext context, KioskOptions options)
    {
        var root = options.PublicBaseUrl ?? new Uri(context.Request.Scheme + "://" + context.Request.Host + context.Request.PathBase);
        return root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
    }
}
