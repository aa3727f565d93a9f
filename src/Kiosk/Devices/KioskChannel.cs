namespace MppQueue.Kiosk.Devices;

/// <summary>How a kiosk reaches the server. Each way has its own rate, so a flood over one never starves the other.</summary>
public enum KioskChannel
{
    /// <summary>The touch screen: this app's kiosk page in the kiosk PC's browser.</summary>
    Screen,

    /// <summary>The HTTP kiosk API (another vendor's terminal), always with a registered kiosk's device token.</summary>
    Http,
}
