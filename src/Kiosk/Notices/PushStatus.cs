namespace MppQueue.Kiosk.Notices;

/// <summary>Where the push opt-in of a visitor's page stands.</summary>
public enum PushStatus
{
    /// <summary>The browser has not answered yet (prerendered, or the script is still loading): nothing is shown.</summary>
    Waiting,

    /// <summary>No service worker, Push API or notifications here (an iPhone's Safari tab, an old browser, plain http).</summary>
    Unsupported,

    /// <summary>The visitor (or the browser) refused notifications for this site.</summary>
    Blocked,

    Off,

    On,

    /// <summary>The last try to turn them on did not work (no push service, the server refused).</summary>
    Failed,
}
