using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MppQueue.Ui;

namespace MppQueue.Kiosk;

/// <summary>The absolute addresses the kiosk's QR codes carry: a ticket's own page, and the building live.</summary>
public sealed class TicketLinks(NavigationManager navigation, IOptions<KioskOptions> options)
{
    private Uri Root => options.Value.PublicBaseUrl ?? new Uri(navigation.BaseUri);

    public Uri PageOf(string token) => Public(KioskRoutes.TicketPage(token));

    /// <summary>The absolute address phones use for a local path of this server (the catalogue on the kiosk's start).</summary>
    public Uri Public(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = Root;
        var withSlash = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
        return new Uri(withSlash, path.TrimStart('/'));
    }

    /// <summary>/live, every queue of the building (printed on the slip beside the ticket's own QR).</summary>
    public Uri Live() => LiveRoutes.Address(Root);

    /// <summary>
    /// /live under the same public address as a ticket's page (<see cref="PageOf"/>, or the kiosk API's), for the
    /// ESC/POS ticket, which is printed from that address alone.
    /// </summary>
    public static Uri LiveBeside(Uri ticketPage, string token)
    {
        ArgumentNullException.ThrowIfNull(ticketPage);
        var page = ticketPage.GetLeftPart(UriPartial.Path);
        var path = KioskRoutes.TicketPage(token);
        return LiveRoutes.Address(new Uri(page.EndsWith(path, StringComparison.Ordinal) ? page[..^path.Length] + "/" : ticketPage.GetLeftPart(UriPartial.Authority) + "/"));
    }
}
