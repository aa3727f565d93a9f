using MppQueue.Core;

namespace MppQueue.Kiosk.Notices;

/// <summary>What a visitor's page token is about, for the notices: a ticket by its page token, a booking by its own.</summary>
public static class NoticeSubjects
{
    public static NoticeSubject? OfTicket(QueueEngine engine, string? token)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return engine.FindByToken(token) is { } ticket ? NoticeSubject.Ticket(ticket.Id) : null;
    }

    public static NoticeSubject? OfBooking(QueueEngine engine, string? token)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return string.IsNullOrEmpty(token) ? null : engine.FindBookingByToken(token) is { } booking ? NoticeSubject.Booking(booking.Code) : null;
    }
}
