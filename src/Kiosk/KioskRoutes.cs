namespace MppQueue.Kiosk;

/// <summary>
/// The kiosk area's addresses, in one place so that links and pages agree. Each kiosk step is an address, so a
/// language switch (a page load) comes back to the same step; a registered kiosk's device token rides along.
/// </summary>
public static class KioskRoutes
{
    public const string Kiosk = "/kiosk";

    public const string DeviceParameter = "device";

    /// <summary>The slip page's "print" values: the browser prints, the printer failed, or the printer took it.</summary>
    public const string PrintByBrowser = "browser";

    public const string PrintFailed = "failed";

    public const string Printed = "done";

    public static string Start(string? device = null) => With(Kiosk, device);

    public static string Agency(string agencyId, string? device = null) => With(Kiosk + "?agency=" + Uri.EscapeDataString(agencyId), device);

    /// <summary>A service's confirmation step: the priority question.</summary>
    public static string Service(string serviceId, string? device = null) => With(Kiosk + "?service=" + Uri.EscapeDataString(serviceId), device);

    public static string Booking(string? device = null) => With(Kiosk + "?booking=1", device);

    public static string Slip(string token, string? device = null, string? print = null)
    {
        var path = "/kiosk/ticket/" + Uri.EscapeDataString(token);
        return With(print is null ? path : path + "?print=" + Uri.EscapeDataString(print), device);
    }

    public static string TicketPage(string token) => "/t/" + Uri.EscapeDataString(token);

    /// <summary>The public booking page.</summary>
    public const string Book = "/booking";

    /// <summary>A booking's own page, reached by its secret token (cancel, move, the code and its QR).</summary>
    public static string BookingPage(string token) => "/booking/" + Uri.EscapeDataString(token);

    /// <summary>A booking's calendar file.</summary>
    public static string BookingCalendar(string token) => "/booking/" + Uri.EscapeDataString(token) + "/calendar.ics";

    private static string With(string path, string? device) =>
        string.IsNullOrEmpty(device) ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + DeviceParameter + "=" + Uri.EscapeDataString(device);
}
