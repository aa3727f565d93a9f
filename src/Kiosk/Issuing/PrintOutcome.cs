namespace MppQueue.Kiosk.Issuing;

/// <summary>What happened to the paper side of an issued ticket.</summary>
public enum PrintOutcome
{
    /// <summary>The kiosk's browser prints the slip page.</summary>
    ByBrowser,

    /// <summary>The network printer took the ESC/POS ticket.</summary>
    Printed,

    /// <summary>The ticket exists but the printer failed after it was issued: show it on screen, then go out of service.</summary>
    Failed,

    /// <summary>The kiosk prints nothing by configuration.</summary>
    NotPrinted,
}
