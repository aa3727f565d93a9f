using MppQueue.Core;

namespace MppQueue.Kiosk.Devices;

/// <summary>
/// Kiosks are registered devices of kind <see cref="ScreenKind.Kiosk"/> in the device registry (<see cref="ScreenRegistry"/>):
/// an admin registers the kiosk PC with a name and zone (<c>/admin/devices</c>) and starts its browser on
/// <c>/kiosk?device=TOKEN</c>. A screen's token is not a kiosk's, and a revoked or renewed token is unknown at once.
/// </summary>
public sealed class RegistryKioskDirectory(ScreenRegistry registry) : IKioskDirectory
{
    public KioskDevice? FindByToken(string? deviceToken) =>
        registry.FindByToken(deviceToken, ScreenKind.Kiosk) is { } device ? new KioskDevice(device.Id, device.Name, device.ZoneId, Registered: true) : null;

    public void Seen(string? deviceToken)
    {
        if (registry.FindByToken(deviceToken, ScreenKind.Kiosk) is not null)
        {
            registry.Seen(deviceToken, ScreenSound.Unknown);
        }
    }
}
