namespace MppQueue.Server.Hosting;

/// <summary>
/// The "MppQueue:Proxy" section: the reverse proxies (nginx) whose X-Forwarded-For and X-Forwarded-Proto are believed.
/// Loopback only by default, so a proxy on the same machine works without setting anything and no one else can
/// claim to be a visitor's address or to have come over HTTPS.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "MppQueue:Proxy";

    /// <summary>Addresses of trusted proxies, e.g. "10.0.0.5" (loopback is always trusted).</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public IList<string> KnownNetworks { get; } = [];
}
