namespace MppQueue.Display;

/// <summary>The "MppQueue:Display" configuration section: how every wall screen behaves.</summary>
public sealed class DisplayOptions
{
    public const string Section = "MppQueue:Display";

    /// <summary>
    /// The server reminds each open screen that it is alive this often; a screen that hears nothing for three
    /// beats reloads itself (once <c>/healthz</c> answers). The same beat records the screen as seen.
    /// </summary>
    public int HeartbeatSeconds { get; set; } = 10;

    /// <summary>
    /// How long a screen's browser keeps trying, a few seconds apart, to get its live connection back before
    /// Blazor's reconnection gives up; 0 (the default) never gives up. Once it has given up the screen still tries
    /// on a timer, and its watchdog reloads it once <c>/healthz</c> answers: a short time only reaches that way back
    /// sooner (the browser tests use it to prove a long outage in seconds).
    /// </summary>
    public int ReconnectGiveUpSeconds { get; set; }

    /// <summary>How long a new call stays highlighted on the screen.</summary>
    public int HighlightSeconds { get; set; } = 8;

    /// <summary>How many calls before the current one a zone screen lists (5 to 8 fit).</summary>
    public int PreviousCalls { get; set; } = 6;

    /// <summary>How many services a zone screen lists at once under "Menunggu" (two rows of six, names in full); more are shown page by page.</summary>
    public int WaitingPerPage { get; set; } = 12;

    /// <summary>How long each page of the waiting list stays, when there is more than one.</summary>
    public int WaitingPageSeconds { get; set; } = 10;

    /// <summary>A registered screen not heard from for longer than this is listed as stale.</summary>
    public int StaleAfterSeconds { get; set; } = 60;

    /// <summary>
    /// A folder of images (jpg, png, webp, gif, svg) shown as a slideshow beside the calls; relative to the
    /// server's content root. A file named <c>logo.*</c> in it is the MPP's logo. Unset: no media area.
    /// </summary>
    public string? MediaFolder { get; set; }

    /// <summary>How long each slide stays.</summary>
    public int SlideSeconds { get; set; } = 15;

    public TimeSpan Heartbeat => TimeSpan.FromSeconds(Math.Clamp(HeartbeatSeconds, 1, 300));

    /// <summary>Zero for never; otherwise at least a second and at most a day.</summary>
    public TimeSpan ReconnectGiveUp => ReconnectGiveUpSeconds <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(ReconnectGiveUpSeconds, 86_400));

    public TimeSpan Highlight => TimeSpan.FromSeconds(Math.Clamp(HighlightSeconds, 1, 120));

    public TimeSpan StaleAfter => TimeSpan.FromSeconds(Math.Max(StaleAfterSeconds, 3 * Math.Clamp(HeartbeatSeconds, 1, 300)));

    public TimeSpan Slide => TimeSpan.FromSeconds(Math.Clamp(SlideSeconds, 3, 3600));

    public int PreviousCallsShown => Math.Clamp(PreviousCalls, 1, 10);

    public int WaitingPageSize => Math.Clamp(WaitingPerPage, 1, 60);

    public TimeSpan WaitingPage => TimeSpan.FromSeconds(Math.Clamp(WaitingPageSeconds, 3, 600));

    /// <summary>
    /// How often a wall screen looks at the clock while it has pages of waiting services or slides to turn, on the
    /// server's shared page beat (which ticks on the multiples of its period): the greatest common divisor of a minute
    /// and a page's time, at least 5 s, so that the clock's minute and every turn of the waiting pages fall on a beat
    /// (10 s by default; a page time such as 7 s is turned within 5 s). A screen with nothing to turn looks once a
    /// minute, on the minute (<c>WallPageBase.RefreshInterval</c>).
    /// </summary>
    public TimeSpan WallBeat => TimeSpan.FromSeconds(Math.Max(5, Divisor(60, (int)WaitingPage.TotalSeconds)));

    private static int Divisor(int a, int b) => b == 0 ? a : Divisor(b, a % b);
}
