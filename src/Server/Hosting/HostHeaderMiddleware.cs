namespace MppQueue.Server.Hosting;

/// <summary>
/// Answers 400 to a request whose Host header is no valid host (e.g. "evil.example:99999"), before anything builds
/// an address from it: Blazor's NavigationManager and the QR-code links turn the Host into a Uri, and would fail
/// with a 500. Which host names are welcome at all is AllowedHosts' business (host filtering, see docs/deploy.md).
/// </summary>
public sealed class HostHeaderMiddleware(RequestDelegate next, ILogger<HostHeaderMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsValid(context.Request.Host))
        {
            return next(context);
        }

        logger.LogWarning("Refused a request to {Path} with an invalid Host header.", context.Request.Path);
        return SafeErrors.WriteAsync(context, StatusCodes.Status400BadRequest, "The Host header is not a valid host name.");
    }

    public static bool IsValid(HostString host)
    {
        if (!host.HasValue || host.Port is <= 0 or > 65535)
        {
            return false;
        }

        return Uri.TryCreate("http://" + host.Value + "/", UriKind.Absolute, out var uri)
            && uri.PathAndQuery == "/"
            && string.IsNullOrEmpty(uri.UserInfo);
    }
}
