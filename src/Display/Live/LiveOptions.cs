namespace MppQueue.Display.Live;

/// <summary>The "MppQueue:Live" configuration section: how <c>/live</c>'s feed paces itself.</summary>
public sealed class LiveOptions
{
    public const string Section = "MppQueue:Live";

    /// <summary>
    /// Moves closer together than this are sent as one update (the first at once, the rest of a burst together
    /// after this long), so a busy morning costs each viewer a few messages a second at most.
    /// </summary>
    public int CoalesceMilliseconds { get; set; } = 300;

    /// <summary>A quiet stream carries a comment this often, for proxies and for the page's watchdog (three missed: reconnect).</summary>
    public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>Without moves the building is read again this often: the clock, opening hours and a new day change it too.</summary>
    public int RefreshSeconds { get; set; } = 20;

    /// <summary>How many latest calls of each zone are shown.</summary>
    public int CallsPerZone { get; set; } = 5;

    /// <summary>The address phones reach the server by, for the QR codes ("MppQueue:PublicBaseUrl"; unset: the request's own).</summary>
    public Uri? PublicBaseUrl { get; set; }

    public TimeSpan Coalesce => TimeSpan.FromMilliseconds(Math.Clamp(CoalesceMilliseconds, 0, 5_000));

    public TimeSpan Heartbeat => TimeSpan.FromSeconds(Math.Clamp(HeartbeatSeconds, 1, 120));

    public TimeSpan Refresh => TimeSpan.FromSeconds(Math.Clamp(RefreshSeconds, 1, 600));
}
