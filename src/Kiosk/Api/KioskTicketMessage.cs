namespace MppQueue.Kiosk.Api;

/// <summary>The ticket a kiosk got: what it prints, and the address its QR code carries.</summary>
/// <param name="Printed">ByBrowser, Printed, Failed or NotPrinted (see the kiosk's printing settings).</param>
public sealed record KioskTicketMessage(
    string Number,
    string ServiceId,
    string Priority,
    string PageUrl,
    DateTimeOffset IssuedAt,
    int PeopleAhead,
    string KioskId,
    string Printed);
