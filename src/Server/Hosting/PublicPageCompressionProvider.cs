using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using MppQueue.Ui;

namespace MppQueue.Server.Hosting;

/// <summary>
/// ASP.NET Core's choice of what to compress, with one rule more: an HTML page is compressed only when its endpoint
/// is marked <see cref="PublicPage"/> (the catalogue, /live). Every other page may hold a per-user secret (an
/// antiforgery token, a signed-in officer's data, a ticket's token in its links) beside text a request can put in it,
/// and compressed over HTTPS its size would leak that secret bit by bit (BREACH). Stylesheets, scripts and SVG hold no
/// secrets and are compressed everywhere; the /live event stream (text/event-stream) never is.
/// </summary>
public sealed class PublicPageCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public const string HtmlMimeType = "text/html";

    public override bool ShouldCompressResponse(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsHtml(context.Response.ContentType) && context.GetEndpoint()?.Metadata.GetMetadata<PublicPage>() is null)
        {
            return false;
        }

        return base.ShouldCompressResponse(context);
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null && contentType.StartsWith(HtmlMimeType, StringComparison.OrdinalIgnoreCase)
        && (contentType.Length == HtmlMimeType.Length || contentType[HtmlMimeType.Length] is ';' or ' ');
}
