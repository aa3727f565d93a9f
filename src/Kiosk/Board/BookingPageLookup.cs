using MppQueue.Core;

namespace MppQueue.Kiosk.Board;

/// <summary>
/// The booking a booking's own page (<c>/booking/{token}</c>) shows, with its service: none for a token that leads
/// nowhere, or for a booking whose service has gone from the configuration. The page and its 404 (UnknownAddresses)
/// read it the same way.
/// </summary>
public static class BookingPageLookup
{
    public static (Booking Booking, Service Service)? Find(QueueEngine engine, string? token)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return engine.FindBookingByToken(token) is { } booking && engine.Catalog.FindService(booking.ServiceId) is { } service
            ? (booking, service)
            : null;
    }
}
