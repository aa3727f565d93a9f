namespace MppQueue.Server.Hosting;

/// <summary>The "MppQueue:Security" section: who may embed the display screens, and how long browsers keep to HTTPS.</summary>
public sealed class SecurityOptions
{
    public const string Section = "MppQueue:Security";

    /// <summary>
    /// Origins (scheme://host[:port]) that may show the display screens under /display in a frame, besides this
    /// server itself, e.g. a signage system's "https://signage.example.go.id". Every other page may not be framed.
    /// </summary>
    public IList<string> DisplayFrameAncestors { get; } = [];

    /// <summary>How long a browser that reached the server over HTTPS keeps to HTTPS (the HSTS max-age).</summary>
    public int HstsMaxAgeDays { get; set; } = 180;

    /// <summary>True when every entry of <see cref="DisplayFrameAncestors"/> is a bare http(s) origin.</summary>
    public bool HasValidFrameAncestors() => DisplayFrameAncestors.All(IsOrigin);

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0
        && !value.EndsWith('/') && string.IsNullOrEmpty(uri.UserInfo);
}
