using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MppQueue.Display.Live;
using MppQueue.Display.Media;

namespace MppQueue.Display;

public static class DisplayEndpoints
{
    /// <summary>The images of the media folder (slides and logo), for the screens; and /live with its event stream.</summary>
    public static IEndpointRouteBuilder MapDisplay(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(DisplayRoutes.MediaPrefix + "{name}", ServeMedia);
        endpoints.MapLive();
        return endpoints;
    }

    // Only a file the library lists is served: a name with a path in it, or any other file, is not found.
    private static IResult ServeMedia(string name, MediaLibrary media) =>
        media.Find(name) is { } file
            ? Results.File(file.FullPath, file.ContentType, lastModified: file.LastModified, enableRangeProcessing: false)
            : Results.NotFound();
}
