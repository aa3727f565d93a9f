using Microsoft.Extensions.Options;

namespace MppQueue.Server.Hosting;

/// <summary>
/// Puts the security headers on every response, error pages and static files included: no content sniffing, no
/// referrer to other sites (a ticket's page address is its secret), and no framing, except the display screens,
/// which the same server (and configured signage origins) may embed.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    public const string ReferrerPolicy = "same-origin";

    private const string NoFraming = "frame-ancestors 'none'";

    private readonly RequestDelegate _next;
    private readonly string _displayFrameAncestors;
    private readonly bool _displayFramedElsewhere;

    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _next = next;
        var origins = options.Value.DisplayFrameAncestors;
        _displayFramedElsewhere = origins.Count > 0;
        _displayFrameAncestors = string.Join(' ', ["frame-ancestors 'self'", .. origins]);
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var display = IsDisplay(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = display ? _displayFrameAncestors : NoFraming;
            }

            // X-Frame-Options cannot name other origins; where some are allowed, the CSP above says so alone
            // (antiforgery puts SAMEORIGIN on every page with a form token, which is overruled here either way).
            if (!display)
            {
                headers.XFrameOptions = "DENY";
            }
            else if (_displayFramedElsewhere)
            {
                headers.Remove("X-Frame-Options");
            }
            else
            {
                headers.XFrameOptions = "SAMEORIGIN";
            }

            return Task.CompletedTask;
        });
        return _next(context);
    }

    /// <summary>The zone and desk screens (and the display's own pages) that hang on walls, possibly inside a signage frame.</summary>
    public static bool IsDisplay(PathString path) =>
        path.StartsWithSegments(MppQueue.Display.DisplayRoutes.Display, StringComparison.OrdinalIgnoreCase);
}
