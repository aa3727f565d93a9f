namespace MppQueue.Core;

/// <summary>How a visit came to the MPP, as the booking funnel tells them apart.</summary>
public enum VisitChannel
{
    /// <summary>Took a number at the kiosk without a booking.</summary>
    WalkIn,

    /// <summary>Booked on the public booking page.</summary>
    Web,

    /// <summary>Booked by an officer, for a visitor who phoned or came the day before.</summary>
    Officer,

    /// <summary>Booked in the agency's own system and loaded with its codes.</summary>
    Agency,
}

/// <summary>Which <see cref="VisitChannel"/> a booking or a ticket belongs to.</summary>
public static class VisitChannels
{
    public static VisitChannel Of(BookingChannel channel) => channel switch
    {
        BookingChannel.Officer => VisitChannel.Officer,
        BookingChannel.Agency => VisitChannel.Agency,
        _ => VisitChannel.Web,
    };

    /// <summary>
    /// A walk-in ticket is a walk-in; a checked-in one takes its booking's channel (found by its code), or "web" when the
    /// booking is no longer known.
    /// </summary>
    public static VisitChannel Of(Ticket ticket, Func<string, Booking?> findBooking)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(findBooking);
        if (ticket.Channel != TicketChannel.Booking)
        {
            return VisitChannel.WalkIn;
        }

        return ticket.BookingCode is { } code && findBooking(code) is { } booking ? Of(booking.Channel) : VisitChannel.Web;
    }
}
