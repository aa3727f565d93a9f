using MppQueue.Core;
using MppQueue.Kiosk.Devices;

namespace MppQueue.Server.Kiosk;

/// <summary>
/// Kiosks are registered devices in the device registry (<see cref="ScreenRegistry"/>): a technician registers
/// the kiosk PC with a name and zone and starts its browser on <c>/kiosk?device=TOKEN</c>.
/// </summary>
/// <remarks>
/// The registry has no kiosk kind yet (its kinds are zone and desk screens), so any registered device token is
/// accepted as a kiosk; once the registry gains a kiosk kind, <see cref="FindByToken"/> should accept that kind only.
/// </remarks>
public sealed class RegistryKioskDirectory(ScreenRegistry registry) : IKioskDirectory
{
    public KioskDevice? FindByToken(string? deviceToken) =>
        registry.FindByToken(deviceToken) is { } device ? new KioskDevice(device.Id, device.Name, device.ZoneId, Registered: true) : null;

    public void Seen(string? deviceToken) => registry.Seen(deviceToken, ScreenSound.Unknown);
}
