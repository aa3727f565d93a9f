using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace MppQueue.Server.Hosting;

/// <summary>
/// Answers 413 at once to a request that announces a body over the limit (Kestrel:Limits:MaxRequestBodySize),
/// before an endpoint tries to read it: a JSON endpoint would otherwise report the cut-off body as a bad request.
/// A body without a length that runs over the limit is stopped by Kestrel while it is read (also a 413).
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<KestrelServerOptions> kestrel, ILogger<RequestBodyLimitMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        var limit = feature is { IsReadOnly: false } ? feature.MaxRequestBodySize : kestrel.Value.Limits.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength > max)
        {
            logger.LogWarning("Refused a body of {Length} bytes to {Path} (limit {Limit}).", context.Request.ContentLength, context.Request.Path, max);
            return SafeErrors.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.");
        }

        return next(context);
    }
}
