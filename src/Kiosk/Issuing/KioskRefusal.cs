namespace MppQueue.Kiosk.Issuing;

/// <summary>Why a kiosk gave no ticket although the service would have (the engine's own refusals are <c>QueueException</c>s).</summary>
public enum KioskRefusal
{
    /// <summary>A registered kiosk is required and this browser presented no known device token.</summary>
    Unregistered,

    /// <summary>The kiosk issued more than its rate allows: a flood, a stuck key, or a script.</summary>
    TooFast,

    /// <summary>The kiosk prints by ESC/POS and its printer does not answer: no ticket that cannot be printed.</summary>
    PrinterOffline,
}
