namespace MppQueue.Kiosk;

/// <summary>The kiosk area's addresses, in one place so that links and pages agree.</summary>
public static class KioskRoutes
{
    public const string Kiosk = "/kiosk";

    public static string Agency(string agencyId) => Kiosk + "?agency=" + Uri.EscapeDataString(agencyId);

    public static string Slip(string token) => "/kiosk/ticket/" + Uri.EscapeDataString(token);

    public static string TicketPage(string token) => "/t/" + Uri.EscapeDataString(token);
}
