namespace MppQueue.Core;

/// <summary>What a visitor's notices are about: a ticket (by id) or a booking (by code).</summary>
public readonly record struct NoticeSubject
{
    private NoticeSubject(string? ticketId, string? bookingCode)
    {
        TicketId = ticketId;
        BookingCode = bookingCode;
    }

    public string? TicketId { get; }

    public string? BookingCode { get; }

    /// <summary>The stored key: "t:" and the ticket id, or "b:" and the booking code.</summary>
    public string Key => TicketId is not null ? "t:" + TicketId : "b:" + BookingCode;

    public static NoticeSubject Ticket(string ticketId) => new(ticketId ?? throw new ArgumentNullException(nameof(ticketId)), null);

    public static NoticeSubject Booking(string bookingCode) => new(null, bookingCode ?? throw new ArgumentNullException(nameof(bookingCode)));

    public override string ToString() => Key;
}
