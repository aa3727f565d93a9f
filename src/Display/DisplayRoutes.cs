namespace MppQueue.Display;

public static class DisplayRoutes
{
    public const string Display = "/display";

    public const string Register = "/display/register";

    public const string Screens = "/display/screens";

    public const string MediaPrefix = "/display-media/";

    /// <summary>The query parameter that carries a registered screen's token.</summary>
    public const string DeviceParameter = "device";

    public static string Zone(string zoneId, string? deviceToken = null) =>
        WithDevice(Display + "/" + Uri.EscapeDataString(zoneId), deviceToken);

    public static string Desk(string deskId, string? deviceToken = null) =>
        WithDevice(Display + "/desk/" + Uri.EscapeDataString(deskId), deviceToken);

    public static string Media(string name, long version) =>
        MediaPrefix + Uri.EscapeDataString(name) + "?v=" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string WithDevice(string path, string? deviceToken) =>
        deviceToken is null ? path : path + "?" + DeviceParameter + "=" + Uri.EscapeDataString(deviceToken);
}
