namespace MppQueue.Kiosk.Devices;

/// <summary>The kiosk a browser speaks for: a registered device, or the anonymous web kiosk.</summary>
/// <param name="Id">The device's id; tickets record it as their kiosk, so reports can tell kiosks apart.</param>
/// <param name="Name">What staff call it ("Kiosk pintu utara").</param>
/// <param name="ZoneId">Where it stands, when known.</param>
/// <param name="Registered">False for a browser that presented no known device token.</param>
public sealed record KioskDevice(string Id, string Name, string? ZoneId, bool Registered)
{
    /// <summary>The id tickets from an unregistered browser carry.</summary>
    public const string AnonymousId = "kiosk-web";

    public static KioskDevice Anonymous { get; } = new(AnonymousId, "Kiosk (web)", null, false);

    /// <summary>How this kiosk reached the server; the touch screen unless set.</summary>
    public KioskChannel Channel { get; init; } = KioskChannel.Screen;

    /// <summary>
    /// The kiosk's rate bucket: one per device and channel. The HTTP API never shares a bucket with a touch screen,
    /// so nobody on the network can use up the budget of the kiosk a visitor is standing at.
    /// </summary>
    public string RateKey => Channel == KioskChannel.Screen ? Id : "http:" + Id;
}
