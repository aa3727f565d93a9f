namespace MppQueue.Display;

public static class DisplayRoutes
{
    public const string Display = "/display";

    public static string Zone(string zoneId) => Display + "/" + Uri.EscapeDataString(zoneId);
}
