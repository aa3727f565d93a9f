using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Counter.Bookings;

/// <summary>
/// The officer's booking screen without rendering: the services they may book for (their agency's that take bookings;
/// every such service for an admin or an MPP-wide supervisor), the days and sessions with places left, a booking made
/// in the officer's name, the day's bookings of those services, and a cancellation by code. Every action checks the
/// scope again, so a service outside it is refused even when its id is sent by hand.
/// </summary>
public sealed class OfficerBookings(QueueEngine engine, BookingSecret secret, Officer officer)
{
    public string? ServiceId { get; set; }

    public DateOnly? Day { get; set; }

    public TimeOnly? SessionStart { get; set; }

    public string Phone { get; set; } = string.Empty;

    public string Nik { get; set; } = string.Empty;

    public bool SeesAll => officer.Role == OfficerRole.Admin || officer.AgencyId is null;

    public IReadOnlyList<Service> Services =>
        [.. engine.Catalog.Services.Values
            .Where(InScope)
            .OrderBy(s => engine.Catalog.Agencies.GetValueOrDefault(s.AgencyId)?.SortOrder ?? 0)
            .ThenBy(s => s.SortOrder)];

    public Service? Service => ServiceId is { } id && engine.Catalog.FindService(id) is { } s && InScope(s) ? s : null;

    public IReadOnlyList<DateOnly> Days => Service is { } s ? BookingCalendar.BookableDays(engine.Catalog.Site, s, engine.Clock.GetUtcNow()) : [];

    public BookingOffer? Offer => Service is { } s && Day is { } d ? engine.OfferFor(s.Id, d) : null;

    /// <summary>The bookings of a day for the services in scope (every state), with the holder's phone masked.</summary>
    public IReadOnlyList<Booking> BookingsOn(DateOnly date) =>
        [.. engine.BookingsOn(date).Where(b => engine.Catalog.FindService(b.ServiceId) is { } s && (SeesAll || s.AgencyId == officer.AgencyId))];

    /// <summary>Books for a visitor in the officer's name; the refusal as a sentence, or null on success.</summary>
    public (Booking? Booking, string? Refusal) Book(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        try
        {
            if (Service is not { } service || Day is not { } day || SessionStart is not { } start)
            {
                return (null, CounterText.ResourceManager.GetString(nameof(CounterText.BookingChooseFirst), culture));
            }

            if (string.IsNullOrWhiteSpace(Phone))
            {
                throw new QueueException(new QueueError(QueueErrorCode.PhoneRequired));
            }

            var holder = BookingHolder.From(Phone, Nik, secret);
            var booking = engine.Book(new BookingRequest(service.Id, day, start, holder, BookingChannel.Officer, officer.Id));
            Phone = string.Empty;
            Nik = string.Empty;
            SessionStart = null;
            return (booking, null);
        }
        catch (QueueException refused)
        {
            return (null, refused.Error.Describe(culture));
        }
    }

    /// <summary>Cancels a booking of a service in scope, by its code; the refusal as a sentence, or null.</summary>
    public string? Cancel(string code, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        try
        {
            var booking = engine.FindBooking(code);
            if (booking is null || engine.Catalog.FindService(booking.ServiceId) is not { } service || !(SeesAll || service.AgencyId == officer.AgencyId))
            {
                throw new QueueException(new QueueError(QueueErrorCode.UnknownBooking, Detail: Printable.Echo(code)));
            }

            engine.CancelBookingByCode(booking.Code, officer.Id);
            return null;
        }
        catch (QueueException refused)
        {
            return refused.Error.Describe(culture);
        }
    }

    private bool InScope(Service service) =>
        service.Active && service.Booking.Open && service.Booking.Capacity > 0 && (SeesAll || service.AgencyId == officer.AgencyId);
}
