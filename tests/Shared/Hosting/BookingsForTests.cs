
namespace MppQueue.Core;

/// <summary>Puts a booking for today in place the way an agency's system does (bookings made online are for later days).</summary>
public static class BookingsForTests
{
    public static Booking BookToday(this QueueEngine engine, string serviceId, TimeRange session)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var agency = engine.Catalog.Services[serviceId].AgencyId;
        return engine.LoadAgencyBookings(agency, [new AgencyBooking(Tokens.NewBookingCode(), serviceId, engine.Today, session)])[0];
    }
}
