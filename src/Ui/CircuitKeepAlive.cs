namespace MppQueue.Ui;

/// <summary>
/// How often a page's connection says it is alive when nothing else is sent, each way, and how long each side waits
/// before it takes a silent connection for dead. The server applies these to its hub for the pages (the server's
/// composition) and the page's script (<c>reconnect.js</c>) reads them from its own tag, so both sides agree.
/// </summary>
/// <remarks>
/// SignalR's defaults are a ping every 15 s each way and 30 s of silence. With a hundred phones, thirty consoles and
/// ten walls open, each ping that reaches the server wakes it between moves (ADR 13), so the two directions differ:
/// <list type="bullet">
/// <item>The server pings a quiet page every 30 s. That keeps the connection through the front proxy, which closes a
/// connection after 60 s without a byte from the server (deploy/nginx-mppqueue-proxy.conf), and a waiting-hall
/// network's idle timeouts; and a page that loses its server shows "menyambung kembali" after at most a minute (twice
/// the server's ping). A wall screen's own watchdog (ADR 9) reloads it sooner, after three missed beats.</item>
/// <item>A quiet page pings the server every 60 s, and the server gives a silent page up after two minutes (twice the
/// page's ping). A page that closes or reloads says so at once; only a page whose network died without a word is
/// noticed this late, and its circuit is kept for a reconnection for minutes after that anyway.</item>
/// </list>
/// </remarks>
public static class CircuitKeepAlive
{
    /// <summary>Seconds between the server's pings to a page when nothing else was sent.</summary>
    public const int ServerPingSeconds = 30;

    /// <summary>Seconds between a page's pings to the server when nothing else was sent.</summary>
    public const int PagePingSeconds = 60;

    /// <summary>Seconds of silence after which a page takes its server for gone (twice the server's ping).</summary>
    public const int PageTimeoutSeconds = 2 * ServerPingSeconds;

    /// <summary>Seconds of silence after which the server takes a page for gone (twice the page's ping).</summary>
    public const int ServerTimeoutSeconds = 2 * PagePingSeconds;

    public static TimeSpan ServerPing => TimeSpan.FromSeconds(ServerPingSeconds);

    public static TimeSpan ServerTimeout => TimeSpan.FromSeconds(ServerTimeoutSeconds);
}
