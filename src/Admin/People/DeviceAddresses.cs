using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>
/// The start page of a registered device, with its token. The admin area may not reference the kiosk or display
/// areas, so these mirror KioskRoutes.Start and DisplayRoutes.Zone/Desk; a server test opens each address.
/// </summary>
public static class DeviceAddresses
{
    public static string PathOf(ScreenDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var token = "?device=" + Uri.EscapeDataString(device.Token);
        return device.Kind switch
        {
            ScreenKind.Kiosk => "/kiosk" + token,
            ScreenKind.Desk when device.DeskId is { } deskId => "/display/desk/" + Uri.EscapeDataString(deskId) + token,
            _ => "/display/" + Uri.EscapeDataString(device.ZoneId) + token,
        };
    }
}
