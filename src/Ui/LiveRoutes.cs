namespace MppQueue.Ui;

/// <summary>
/// The building live (<c>/live</c>): every service's queue for anyone, on a phone or a canteen TV. Here so that the
/// areas that point to it (the zone screens' and the printed ticket's QR) need not know the area that serves it.
/// </summary>
public static class LiveRoutes
{
    /// <summary>The phone layout (also the wall's with <c>?layout=wall</c>).</summary>
    public const string Live = "/live";

    /// <summary>The wall layout: 1920×1080, read from ten metres, never scrolled.</summary>
    public const string Wall = "/live/wall";

    /// <summary>The event stream both layouts stay live through (text/event-stream).</summary>
    public const string Events = "/live/events";

    /// <summary>The phone page's absolute address under a public root (the address phones reach the server by).</summary>
    public static Uri Address(Uri root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var withSlash = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
        return new Uri(withSlash, Live.TrimStart('/'));
    }
}
