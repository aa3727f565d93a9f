namespace MppQueue.Ui;

/// <summary>
/// How often a page's connection says it is alive when nothing else is sent, each way, and how long a side waits
/// before it takes a silent connection for dead. The server applies these to its hub for the pages (the server's
/// composition) and the page's script (<c>reconnect.js</c>) reads them from its own tag, so both sides agree.
/// </summary>
/// <remarks>
/// SignalR's defaults are a ping every 15 s each way and 30 s of silence. With a hundred phones, thirty consoles and
/// ten walls open, each ping is one more wake-up of the server between moves (ADR 13). Every 30 s still keeps a
/// quiet connection through the front proxy, which closes one after 60 s of silence (deploy/nginx-mppqueue-proxy.conf),
/// and a waiting-hall network's idle timeouts. A connection that stops answering is given up after twice the ping:
/// a page that loses its server without the connection closing shows "menyambung kembali" after at most a minute,
/// and a wall screen's own watchdog (ADR 9) reloads it sooner, after three missed beats.
/// </remarks>
public static class CircuitKeepAlive
{
    /// <summary>Seconds between pings when nothing else was sent, each way.</summary>
    public const int PingSeconds = 30;

    /// <summary>Seconds of silence after which a side takes the connection for dead (twice the ping).</summary>
    public const int TimeoutSeconds = 2 * PingSeconds;

    public static TimeSpan Ping => TimeSpan.FromSeconds(PingSeconds);

    public static TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
