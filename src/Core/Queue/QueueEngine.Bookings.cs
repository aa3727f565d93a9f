using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// Bookings: a place in a session is taken when the booking is made, under the same gate as every move, and
/// returned when it is cancelled, moved or expires. The bookings from yesterday on are kept in memory, so that
/// counting the places of a session reads no file; readers take <see cref="Bookings"/> without a lock.
/// </summary>
public sealed partial class QueueEngine
{
    private readonly Dictionary<string, Booking> _bookings = new(StringComparer.Ordinal);
    private BookingBoard _bookingBoard = BookingBoard.Empty;

    /// <summary>
    /// Raised inside the gate after every booking change (made, cancelled, moved, checked in, expired): handlers
    /// must only hand the board on, as <see cref="QueueNotifier"/> handlers do.
    /// </summary>
    public event Action<BookingBoard>? BookingsChanged;

    /// <summary>The places taken in every session from today on, after the last booking change.</summary>
    public BookingBoard Bookings => Volatile.Read(ref _bookingBoard);

    /// <summary>What a service offers on a day, with the places left in each session now.</summary>
    public BookingOffer OfferFor(string serviceId, DateOnly date)
    {
        var service = RequireService(serviceId);
        var refusal = BookingCalendar.RefusalFor(Catalog.Site, service, date, _time.GetUtcNow());
        var board = Bookings;
        var sessions = refusal is null
            ? BookingCalendar.SessionsOn(service, date).Select(s => new SessionOffer(s.Window, s.Capacity, board.Left(service, date, s))).ToList()
            : [];
        return new BookingOffer(service, date, refusal, sessions);
    }

    /// <summary>Makes a booking and takes its place; refuses with the reason when the session is full, closed or too late.</summary>
    public Booking Book(BookingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Holder);
        using (Move())
        {
            var now = EnsureDay();
            var service = RequireService(request.ServiceId);
            var session = RequireBookable(service, request.Date, request.SessionStart, now);
            RequireHolder(service, request.Holder);
            if (request.Holder.Phone is null)
            {
                throw Refuse(QueueErrorCode.PhoneRequired);
            }

            RequireNoOtherBooking(service, request.Date, request.Holder, except: null);
            RequirePlace(service, request.Date, session);

            string code;
            do
            {
                code = Tokens.NewBookingCode();
            }
            while (_bookings.ContainsKey(code) || _store.FindBooking(code) is not null);

            var booking = new Booking
            {
                Code = code,
                ServiceId = service.Id,
                Date = request.Date,
                Window = session.Window,
                Token = Tokens.NewTicketToken(),
                Channel = request.Channel,
                MadeBy = CleanNote(request.MadeBy, 100),
                MadeAt = now,
                Phone = request.Holder.Phone,
                NikHash = request.Holder.NikHash,
                NikLast4 = request.Holder.NikLast4,
            };
            return SaveBookingLocked(booking, JournalEventType.BookingCreated, now);
        }
    }

    /// <summary>Every booking of one day (any state), in session order.</summary>
    public IReadOnlyList<Booking> BookingsOn(DateOnly date)
    {
        using (_gate.Enter())
        {
            EnsureDay();
            var bookings = date >= _day.AddDays(-1)
                ? _bookings.Values.Where(b => b.Date == date)
                : _store.LoadBookings(date, date);
            return [.. bookings.OrderBy(b => b.Window.Start).ThenBy(b => b.MadeAt).ThenBy(b => b.Code, StringComparer.Ordinal)];
        }
    }

    /// <summary>The holder's booking, by the secret of their page; null when there is none.</summary>
    public Booking? FindBookingByToken(string? token)
    {
        if (!Tokens.LooksLikeToken(token))
        {
            return null;
        }

        using (_gate.Enter())
        {
            return _bookings.Values.FirstOrDefault(b => b.Token == token) ?? _store.FindBookingByToken(token!);
        }
    }

    /// <summary>A booking by its code (officers, the kiosk); null when there is none.</summary>
    public Booking? FindBooking(string? code)
    {
        var normalized = Tokens.NormalizeBookingCode(code);
        if (normalized.Length == 0)
        {
            return null;
        }

        using (_gate.Enter())
        {
            return _bookings.GetValueOrDefault(normalized) ?? _store.FindBooking(normalized);
        }
    }

    /// <summary>The holder cancels from their page: the place returns at once.</summary>
    public Booking CancelBooking(string? token)
    {
        using (Move())
        {
            var now = EnsureDay();
            var booking = (Tokens.LooksLikeToken(token) ? _bookings.Values.FirstOrDefault(b => b.Token == token) : null)
                ?? throw Refuse(QueueErrorCode.UnknownBooking, detail: "—");
            return CancelBookingLocked(booking, now, null);
        }
    }

    /// <summary>An officer of the service's agency cancels a booking by its code.</summary>
    public Booking CancelBookingByCode(string? code, string officerId)
    {
        var normalized = Tokens.NormalizeBookingCode(code);
        using (Move())
        {
            var now = EnsureDay();
            var booking = _bookings.GetValueOrDefault(normalized) ?? throw Refuse(QueueErrorCode.UnknownBooking, detail: Printable(code));
            return CancelBookingLocked(booking, now, officerId);
        }
    }

    /// <summary>The holder moves their booking to another session (of the same service), once, until the day before.</summary>
    public Booking MoveBooking(string? token, DateOnly date, TimeOnly sessionStart)
    {
        using (Move())
        {
            var now = EnsureDay();
            var booking = (Tokens.LooksLikeToken(token) ? _bookings.Values.FirstOrDefault(b => b.Token == token) : null)
                ?? throw Refuse(QueueErrorCode.UnknownBooking, detail: "—");
            RequireStillBooked(booking);
            if (booking.Moves >= 1)
            {
                throw Refuse(QueueErrorCode.BookingAlreadyMoved, detail: booking.Code);
            }

            var service = RequireService(booking.ServiceId);

            // Until the day before: the booking's own day must still be open to changes.
            if (BookingCalendar.RefusalFor(Catalog.Site, service with { Booking = service.Booking with { Open = true } }, booking.Date, now) == QueueErrorCode.BookingDeadlinePassed)
            {
                throw Refuse(QueueErrorCode.BookingDeadlinePassed, detail: Day(booking.Date));
            }

            if (date == booking.Date && sessionStart == booking.Window.Start)
            {
                throw Refuse(QueueErrorCode.BookingSameSession, detail: Day(date) + " " + booking.Window);
            }

            var session = RequireBookable(service, date, sessionStart, now);
            RequireNoOtherBooking(service, date, new BookingHolder(booking.Phone, booking.NikHash, booking.NikLast4), except: booking.Code);
            RequirePlace(service, date, session);
            return SaveBookingLocked(booking with { Date = date, Window = session.Window, Moves = booking.Moves + 1 }, JournalEventType.BookingMoved, now);
        }
    }

    private void LoadBookings()
    {
        _bookings.Clear();
        foreach (var booking in _store.LoadBookings(_day.AddDays(-1)))
        {
            _bookings[booking.Code] = booking;
        }

        PublishBookings();
    }

    private Booking CancelBookingLocked(Booking booking, DateTimeOffset now, string? officerId)
    {
        RequireStillBooked(booking);
        return SaveBookingLocked(booking with { State = BookingState.Cancelled, CancelledAt = now, MadeBy = booking.MadeBy ?? officerId }, JournalEventType.BookingCancelled, now);
    }

    /// <summary>
    /// Stores a booking with the journal entry of its change and takes the next sequence number: every stored change of
    /// a booking is in the journal, so the other nodes of a site follow it (ADR 22).
    /// </summary>
    private Booking SaveBookingLocked(Booking booking, JournalEventType change, DateTimeOffset now)
    {
        Write(() => _store.SaveBooking(booking, [JournalEntries.ForBooking(change, booking, _sequence + 1, now, Catalog)]));
        _sequence++;
        _bookings[booking.Code] = booking;
        PublishBookings();
        return booking;
    }

    private void PublishBookings()
    {
        var board = BookingBoard.From(_bookingBoard.Version + 1, [.. _bookings.Values.Where(b => b.Date >= _day)], _day);
        Volatile.Write(ref _bookingBoard, board);
        BookingsChanged?.Invoke(board);
    }

    private BookingSession RequireBookable(Service service, DateOnly date, TimeOnly sessionStart, DateTimeOffset now)
    {
        if (BookingCalendar.RefusalFor(Catalog.Site, service, date, now) is { } refusal)
        {
            throw Refuse(refusal, detail: refusal == QueueErrorCode.BookingClosed || refusal == QueueErrorCode.ServiceClosedDay ? service.NameId : Day(date));
        }

        return BookingCalendar.SessionsOn(service, date).FirstOrDefault(s => s.Window.Start == sessionStart)
            ?? throw Refuse(QueueErrorCode.UnknownSession, detail: Day(date) + " " + sessionStart.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    private static void RequireHolder(Service service, BookingHolder holder)
    {
        if (service.Booking.RequiresNik && holder.NikHash is null)
        {
            throw Refuse(QueueErrorCode.NikRequired);
        }
    }

    private void RequireNoOtherBooking(Service service, DateOnly date, BookingHolder holder, string? except)
    {
        // Two NIKs tell two people apart even on one family phone; without a NIK on both, the phone number does.
        bool SamePerson(Booking b) => b.NikHash is not null && holder.NikHash is not null
            ? b.NikHash == holder.NikHash
            : b.Phone is not null && b.Phone == holder.Phone;

        var other = _bookings.Values.FirstOrDefault(b =>
            b.Code != except && b.ServiceId == service.Id && b.Date == date && b.HoldsPlace && SamePerson(b));
        if (other is not null)
        {
            throw Refuse(QueueErrorCode.BookingDuplicate, detail: Day(date) + " " + other.Window);
        }
    }

    private void RequirePlace(Service service, DateOnly date, BookingSession session)
    {
        var taken = _bookings.Values.Count(b => b.ServiceId == service.Id && b.Date == date && b.Window.Start == session.Window.Start && b.HoldsPlace);
        if (taken >= session.Capacity)
        {
            throw Refuse(QueueErrorCode.BookingFull, detail: Day(date) + " " + session.Window);
        }
    }

    private static void RequireStillBooked(Booking booking)
    {
        switch (booking.State)
        {
            case BookingState.CheckedIn: throw Refuse(QueueErrorCode.BookingUsed, detail: booking.Code);
            case BookingState.Cancelled: throw Refuse(QueueErrorCode.BookingCancelled, detail: booking.Code);
            case BookingState.Expired: throw Refuse(QueueErrorCode.BookingExpired, detail: booking.Code);
        }
    }

    private DateTimeOffset CheckInCloses(Booking booking) =>
        Catalog.FindService(booking.ServiceId) is { } service
            ? BookingCalendar.CheckInWindow(Catalog.Site, service, booking.Date, booking.Window).Closes
            : SiteClock.ToInstant(booking.Date, booking.Window.End, Catalog.Site.TimeZone);

    /// <summary>Booked places of today not yet checked in: walk-ins may not take them.</summary>
    private int HeldForBookings(Service service) =>
        _bookings.Values.Count(b => b.ServiceId == service.Id && b.Date == _day && b.State == BookingState.Booked);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
