using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MppQueue.Ui;
using MppQueue.Ui.Components;
using MppQueue.Ui.Localization;

namespace MppQueue.Display.Live;

/// <summary>
/// <c>/live</c> without a circuit: the page is rendered once per request from the snapshot (static HTML that shows
/// the building before any script runs), and stays live through one event stream per viewer that writes the feed's
/// shared bytes (ADR 19).
/// </summary>
public static class LiveEndpoints
{
    public static IEndpointRouteBuilder MapLive(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // The pages are public and the same for everyone: compressed (PublicPage). The stream is not marked and never
        // compressed: a compressor holds bytes back until it has enough, and each event must leave at once.
        endpoints.MapGet(LiveRoutes.Live, (HttpContext context, LiveFeed feed, IOptions<LiveOptions> options, string? layout) =>
            Page(context, feed, options.Value, string.Equals(layout, "wall", StringComparison.OrdinalIgnoreCase)))
            .WithMetadata(PublicPage.Instance);
        endpoints.MapGet(LiveRoutes.Wall, (HttpContext context, LiveFeed feed, IOptions<LiveOptions> options) => Page(context, feed, options.Value, wall: true))
            .WithMetadata(PublicPage.Instance);
        endpoints.MapGet(LiveRoutes.Events, StreamAsync);
        return endpoints;
    }

    private static RazorComponentResult<LivePage> Page(HttpContext context, LiveFeed feed, LiveOptions options, bool wall)
    {
        var root = options.PublicBaseUrl ?? new Uri(context.Request.Scheme + "://" + context.Request.Host + context.Request.PathBase + "/");
        var address = LiveRoutes.Address(root);
        context.Response.Headers.CacheControl = "no-cache";
        return new RazorComponentResult<LivePage>(new Dictionary<string, object?>
        {
            [nameof(LivePage.Board)] = feed.Read(),
            [nameof(LivePage.Wall)] = wall,
            [nameof(LivePage.Address)] = address,
            [nameof(LivePage.Qr)] = wall ? QrSvg.Render(address) : null,
            [nameof(LivePage.HeartbeatSeconds)] = (int)options.Heartbeat.TotalSeconds,
        });
    }

    // One viewer: the newest frame at once, then every frame the feed publishes (the newest, when a slow viewer
    // missed some: each frame holds the whole building), until the viewer leaves or the server stops.
    private static async Task StreamAsync(HttpContext context, LiveFeed feed, IHostApplicationLifetime lifetime)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var english = UiCultures.IsEnglish;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        using var viewer = feed.Watch();
        var frame = feed.Current;
        try
        {
            await response.Body.WriteAsync(LiveFrame.Retry, stop.Token);
            await response.Body.WriteAsync(frame.For(english), stop.Token);
            await response.Body.FlushAsync(stop.Token);
            var sent = frame.Version;
            while (!stop.IsCancellationRequested)
            {
                await frame.Next.WaitAsync(stop.Token);
                frame = feed.Current;
                await response.Body.WriteAsync(frame.Version == sent ? LiveFrame.Beat : frame.For(english), stop.Token);
                await response.Body.FlushAsync(stop.Token);
                sent = frame.Version;
            }
        }
        catch (OperationCanceledException)
        {
            // The viewer left, or the server stops (the feed ends its frames then): the browser reconnects by itself.
        }
    }
}
