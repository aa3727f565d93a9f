using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace MppQueue.Kiosk;

/// <summary>The absolute address of a ticket's own page, as its QR code carries it.</summary>
public sealed class TicketLinks(NavigationManager navigation, IOptions<KioskOptions> options)
{
    public Uri PageOf(string token) => Public(KioskRoutes.TicketPage(token));

    /// <summary>The absolute address phones use for a local path of this server (the catalogue on the kiosk's start).</summary>
    public Uri Public(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = options.Value.PublicBaseUrl ?? new Uri(navigation.BaseUri);
        var withSlash = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
        return new Uri(withSlash, path.TrimStart('/'));
    }
}
