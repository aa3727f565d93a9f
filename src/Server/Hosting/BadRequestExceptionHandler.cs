using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace MppQueue.Server.Hosting;

/// <summary>
/// Turns a request the server could not read (malformed JSON, a body too large, a wrong content type) into a
/// 4xx with a short message: the client's mistake, logged as a warning without a stack trace, not a server failure.
/// </summary>
public sealed class BadRequestExceptionHandler(ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var title = Describe(bad);

        // By now the request's path is the error page's; the feature keeps the one the client asked for.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path;
        logger.LogWarning(
            "Bad request {Method} {Path}: {Status} {Reason}",
            httpContext.Request.Method,
            path,
            bad.StatusCode,
            title);
        await SafeErrors.WriteAsync(httpContext, bad.StatusCode, title);
        return true;
    }

    // Fixed sentences: the exception's own message names parameter types and framework internals.
    private static string Describe(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
        _ when bad.InnerException is JsonException => "The request body is not valid JSON for this request.",
        _ => "The request is malformed.",
    };
}
