namespace MppQueue.Kiosk.Printing;

/// <summary>What goes on a paper ticket, already in the visitor's language.</summary>
/// <param name="Lines">Label and value pairs (service, zone, desks, people ahead, wait, time).</param>
/// <param name="QrData">The ticket page's address, printed as a QR code.</param>
/// <param name="Live">The building live (/live) under the same public address, printed as a second, smaller QR code; none without it.</param>
/// <param name="LiveCaption">The line above that second QR code.</param>
public sealed record PrintedTicket(
    string SiteName,
    string Title,
    string Number,
    string ServiceName,
    string AgencyName,
    IReadOnlyList<KeyValuePair<string, string>> Lines,
    string QrData,
    string QrCaption,
    string Footer,
    Uri? Live = null,
    string LiveCaption = "");
