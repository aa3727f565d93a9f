using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Kiosk.Bookings;

/// <summary>The steps of the public booking page, in the order a visitor takes them.</summary>
public enum BookingStep
{
    Agency,
    Service,
    Day,
    Session,
    Details,
}

/// <summary>
/// What the public booking page does, without rendering: the agencies and services that take bookings, the days
/// that can be booked now, the sessions with the places left (read from the engine's board, live), and the booking
/// itself, under the per-address and per-holder limits. A refusal becomes one sentence in the page's language.
/// Where the server sends WhatsApp/SMS (<paramref name="notices"/>), the visitor may ask for the confirmation and a
/// reminder at the number given.
/// </summary>
public sealed class BookingFlow(QueueEngine engine, BookingSecret secret, BookingGuard guard, NoticeService? notices = null)
{
    public string? AgencyId { get; private set; }

    public string? ServiceId { get; private set; }

    public DateOnly? Day { get; private set; }

    public TimeOnly? SessionStart { get; private set; }

    public string Phone { get; set; } = string.Empty;

    public string Nik { get; set; } = string.Empty;

    /// <summary>The visitor ticked "send the confirmation and a reminder to this number" (never ticked for them).</summary>
    public bool Notify { get; set; }

    /// <summary>The number can be given for notices: the server sends WhatsApp or SMS.</summary>
    public bool OffersNotices => notices is not null;

    /// <summary>The last refusal, as a sentence for the visitor; null when there is none.</summary>
    public string? Error { get; private set; }

    public BookingStep Step =>
        Service is null ? (Agency is null ? BookingStep.Agency : BookingStep.Service)
        : Day is null ? BookingStep.Day
        : Session is null ? BookingStep.Session
        : BookingStep.Details;

    public Agency? Agency => AgencyId is { } id && engine.Catalog.Agencies.TryGetValue(id, out var a) && Agencies.Contains(a) ? a : null;

    public Service? Service => ServiceId is { } id && engine.Catalog.FindService(id) is { } s && s.AgencyId == Agency?.Id && Takes(s) ? s : null;

    /// <summary>The session chosen, while it is still on offer.</summary>
    public SessionOffer? Session => SessionStart is { } start ? Offer?.Sessions.FirstOrDefault(s => s.Window.Start == start) : null;

    /// <summary>Agencies with at least one service that takes bookings, in the site's order.</summary>
    public IReadOnlyList<Agency> Agencies =>
        engine.Catalog.Agencies.Values
            .Where(a => engine.Catalog.Services.Values.Any(s => s.AgencyId == a.Id && Takes(s)))
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<Service> Services =>
        Agency is { } agency
            ? engine.Catalog.Services.Values.Where(s => s.AgencyId == agency.Id && Takes(s)).OrderBy(s => s.SortOrder).ThenBy(s => s.NameId, StringComparer.Ordinal).ToList()
            : [];

    public IReadOnlyList<DateOnly> Days =>
        Service is { } service ? BookingCalendar.BookableDays(engine.Catalog.Site, service, engine.Clock.GetUtcNow()) : [];

    /// <summary>The chosen day's sessions with their places left now; null before a day is chosen.</summary>
    public BookingOffer? Offer => Service is { } service && Day is { } day ? engine.OfferFor(service.Id, day) : null;

    /// <summary>Takes the choices from the page's address (agency, service, day, session); anything unknown is dropped.</summary>
    public void Choose(string? agencyId, string? serviceId, string? day, string? session)
    {
        AgencyId = agencyId;
        ServiceId = serviceId;
        Day = DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        SessionStart = TimeOnly.TryParseExact(session, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
        if (Agency is null)
        {
            AgencyId = null;
        }

        if (Service is null)
        {
            ServiceId = null;
        }

        if (Service is null || Day is { } chosen && !Days.Contains(chosen))
        {
            Day = null;
        }

        if (Day is null || Session is null)
        {
            SessionStart = null;
        }
    }

    /// <summary>Makes the booking; null with <see cref="Error"/> set when it is refused.</summary>
    public Core.Booking? Submit(string? address, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Error = null;
        if (Service is not { } service || Day is not { } day || SessionStart is not { } start)
        {
            Error = KioskText.ResourceManager.GetString(nameof(KioskText.BookingChooseFirst), culture);
            return null;
        }

        if (!guard.TryAttempt(address))
        {
            Error = KioskText.ResourceManager.GetString(nameof(KioskText.BookingTooManyAttempts), culture);
            return null;
        }

        try
        {
            if (string.IsNullOrWhiteSpace(Phone))
            {
                throw new QueueException(new QueueError(QueueErrorCode.PhoneRequired));
            }

            var holder = BookingHolder.From(Phone, Nik, secret);
            if (!guard.TryBook(holder.NikHash ?? holder.Phone!))
            {
                Error = KioskText.ResourceManager.GetString(nameof(KioskText.BookingTooManyForHolder), culture);
                return null;
            }

            var booking = engine.Book(new BookingRequest(service.Id, day, start, holder));
            Nik = string.Empty;
            if (Notify && notices is not null)
            {
                AskForNotices(booking, culture);
            }

            return booking;
        }
        catch (QueueException refused)
        {
            Error = refused.Error.Describe(culture);
            return null;
        }
    }

    /// <summary>The number goes to the booking's notices (which sends the confirmation at once).</summary>
    private void AskForNotices(Core.Booking booking, CultureInfo culture)
    {
        try
        {
            notices!.SetPhone(NoticeSubject.Booking(booking.Code), Phone, culture.TwoLetterISOLanguageName);
        }
        catch (QueueException)
        {
            // The booking is made and its number was accepted; should the notices still refuse it, the booking's own
            // page shows no number and offers the field again, so nothing is lost by going on.
        }
    }

    private static bool Takes(Service service) => service.Active && service.Booking.Open && service.Booking.Capacity > 0;
}
