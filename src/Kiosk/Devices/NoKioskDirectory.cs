namespace MppQueue.Kiosk.Devices;

/// <summary>Used when no device registry is wired in: no token is known, every browser is the anonymous web kiosk.</summary>
public sealed class NoKioskDirectory : IKioskDirectory
{
    public KioskDevice? FindByToken(string? deviceToken) => null;

    public void Seen(string? deviceToken)
    {
    }
}
