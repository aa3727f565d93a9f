using Microsoft.Net.Http.Headers;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Server.Branding;

/// <summary>
/// <c>GET /site/logo</c>: the MPP's uploaded logo for every screen, anonymously (kiosks and wall screens show it).
/// Served with the type its bytes were recognised as and <c>nosniff</c>, so a browser never reads it as anything else;
/// its version is the ETag, and the versioned address the pages use (<c>?v=</c>) may be cached for good.
/// </summary>
public static class SiteLogoEndpoints
{
    private const string Forever = "public, max-age=31536000, immutable";
    private const string Revalidate = "public, no-cache";

    public static IEndpointRouteBuilder MapSiteLogo(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(SiteLogoRoutes.Path, Serve).AllowAnonymous();
        return endpoints;
    }

    private static IResult Serve(HttpContext context, SiteLogoService logos)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (logos.Current is not { } logo)
        {
            headers.CacheControl = "no-store";
            return Results.NotFound();
        }

        // Only the address of the current version is immutable: an old page asking for ?v=old gets today's logo, briefly.
        var versioned = string.Equals(context.Request.Query["v"], logo.Version, StringComparison.Ordinal);
        headers.CacheControl = versioned ? Forever : Revalidate;
        return Results.Bytes(
            logo.Content,
            logo.ContentType,
            lastModified: logo.UploadedAt,
            entityTag: new EntityTagHeaderValue("\"" + logo.Version + "\""));
    }
}
