using System.Net;

namespace MppQueue.Core;

/// <summary>
/// What every request this server sends to another system (webhooks, connectors, complaint forwarding) shares: the
/// growing wait between tries, how a failed connection is told, and which addresses are this machine itself.
/// </summary>
public static class OutboundHttp
{
    /// <summary>The wait before try <paramref name="failures"/> + 1: <paramref name="firstSeconds"/>, then twice as long each time, at most <paramref name="maxSeconds"/>.</summary>
    public static TimeSpan RetryAfter(double firstSeconds, double maxSeconds, int failures) =>
        TimeSpan.FromSeconds(Math.Min(maxSeconds, firstSeconds * Math.Pow(2, Math.Max(0, failures - 1))));

    /// <summary>A failed connection in a line for the administration ("ConnectionError: Connection refused (…)").</summary>
    public static string Describe(HttpRequestException failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        return failed.HttpRequestError == HttpRequestError.Unknown ? failed.Message : failed.HttpRequestError + ": " + failed.Message;
    }

    /// <summary>Whether an address points at this machine (localhost, a loopback or "any" address).</summary>
    public static bool IsThisMachine(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var address) && (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)));
    }
}
