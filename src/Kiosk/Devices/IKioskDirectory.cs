namespace MppQueue.Kiosk.Devices;

/// <summary>Finds the registered kiosk behind a device token.</summary>
public interface IKioskDirectory
{
    /// <summary>The registered kiosk with this token, or null for an unknown, revoked or non-kiosk token.</summary>
    KioskDevice? FindByToken(string? deviceToken);

    /// <summary>Notes that the kiosk with this token was seen now (for the device list's "last seen").</summary>
    void Seen(string? deviceToken);
}
