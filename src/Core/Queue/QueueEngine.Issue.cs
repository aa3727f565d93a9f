using System.Globalization;

namespace MppQueue.Core;

public sealed partial class QueueEngine
{
    private const int MaxIdempotencyKeyLength = 100;

    /// <summary>Issues a walk-in ticket, or returns the one already issued for the same idempotency key today.</summary>
    public Ticket Issue(IssueRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IdempotencyKey is { Length: > MaxIdempotencyKeyLength })
        {
            throw new QueueException(QueueError.Invalid("idempotencyKey", request.IdempotencyKey));
        }

        using (Move())
        {
            var now = EnsureDay();
            if (request.IdempotencyKey is { } key && _ledger.FindByIdempotencyKey(key) is { } existing)
            {
                // A retry repeats its request exactly; the same key with another request is a mistake or a probe,
                // and must neither hand out someone else's ticket nor pass for a new one.
                return IsSameRequest(existing, request)
                    ? existing
                    : throw Refuse(QueueErrorCode.IdempotencyKeyReused, detail: Printable(key));
            }

            var service = RequireService(request.ServiceId);
            var channel = QuotaUse.ChannelOf(TicketChannel.WalkIn, request.Priority, service.Quota);
            EnsureOpen(service, now, channel);
            var ticket = NewTicket(service, now, request.Priority, TicketChannel.WalkIn, MoveKind.Issue) with
            {
                KioskId = CleanNote(request.KioskId, 100),
                IdempotencyKey = request.IdempotencyKey,
            };
            return Insert(ticket, null, QueueEventKind.TicketIssued, service);
        }
    }

    private static bool IsSameRequest(Ticket issued, IssueRequest request) =>
        issued.IssuingServiceId == request.ServiceId
        && issued.Priority == request.Priority
        && issued.KioskId == CleanNote(request.KioskId, 100);

    /// <summary>
    /// Turns a booking into a ticket when the visitor checks in at a kiosk inside the booking's check-in window.
    /// Its place was taken when it was booked, so the quota never turns a booked visitor away here.
    /// </summary>
    public Ticket CheckIn(string? bookingCode, string? kioskId = null, PriorityGroup priority = PriorityGroup.None)
    {
        var code = Tokens.NormalizeBookingCode(bookingCode);
        using (Move())
        {
            var now = EnsureDay();
            var booking = (code.Length > 0 ? _bookings.GetValueOrDefault(code) ?? _store.FindBooking(code) : null)
                ?? throw Refuse(QueueErrorCode.UnknownBooking, detail: Printable(bookingCode?.Trim()));
            var service = RequireService(booking.ServiceId);
            var zone = Catalog.Site.TimeZone;
            var (opens, closes) = BookingCalendar.CheckInWindow(Catalog.Site, service, booking.Date, booking.Window);
            var session = booking.Date == _day
                ? booking.Window.ToString()
                : booking.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + booking.Window;
            if (booking.State == BookingState.Booked && now >= closes)
            {
                booking = SaveBookingLocked(booking with { State = BookingState.Expired }, JournalEventType.BookingExpired, now);
            }

            if (booking.State == BookingState.Expired)
            {
                throw Refuse(QueueErrorCode.BookingTooLate, detail: session);
            }

            RequireStillBooked(booking);
            if (now < opens)
            {
                var when = booking.Date == _day
                    ? SiteClock.ToSiteTime(opens, zone).ToString("HH:mm", CultureInfo.InvariantCulture)
                    : SiteClock.ToSiteTime(opens, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                throw new QueueException(new QueueError(QueueErrorCode.BookingTooEarly, Ticket: session, Detail: when));
            }

            EnsureOpen(service, now, QuotaChannel.Online, quota: false);
            var sessionStart = SiteClock.ToInstant(booking.Date, booking.Window.Start, zone);
            var arrived = service.Booking.Join == BookingJoin.AheadOfLaterWalkIns && sessionStart < now ? sessionStart : now;
            var ticket = NewTicket(service, now, priority, TicketChannel.Booking, MoveKind.CheckIn) with
            {
                BookingCode = booking.Code,
                KioskId = CleanNote(kioskId, 100),
                ArrivedAt = arrived,
            };
            var used = booking with { State = BookingState.CheckedIn, TicketId = ticket.Id };
            var issued = Insert(ticket, used, QueueEventKind.TicketCheckedIn, service);
            _bookings[used.Code] = used;
            PublishBookings();
            return issued;
        }
    }

    private Ticket? FindByTokenInGate(string? token) =>
        !Tokens.LooksLikeToken(token) ? null : _ledger.FindByToken(token!) ?? _store.FindTicketByToken(token!);

    /// <summary>The visitor gives up their place (from the ticket page, by token).</summary>
    public Ticket CancelByToken(string? token)
    {
        using (Move())
        {
            var now = EnsureDay();
            var ticket = FindByTokenInGate(token) ?? throw Refuse(QueueErrorCode.UnknownTicket, detail: "—");
            if (ticket.ServiceDate != _day)
            {
                throw new QueueException(new QueueError(QueueErrorCode.TicketOfAnotherDay, ticket.Number.ToString(), ticket.Status, MoveKind.Cancel, ticket.ServiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            return CancelLocked(ticket, now, null);
        }
    }

    /// <summary>
    /// "Saya terlambat": the visitor lets the next <see cref="Site.PostponePlaces"/> people of their service go first,
    /// once per ticket. The ticket takes an arrival just after the last of them; the number stays the same.
    /// </summary>
    public Ticket PostponeByToken(string? token)
    {
        using (Move())
        {
            var now = EnsureDay();
            var ticket = FindByTokenInGate(token) ?? throw Refuse(QueueErrorCode.UnknownTicket, detail: "—");
            if (ticket.ServiceDate != _day)
            {
                throw new QueueException(new QueueError(QueueErrorCode.TicketOfAnotherDay, ticket.Number.ToString(), ticket.Status, MoveKind.Postpone, ticket.ServiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            if (ticket.Status != TicketStatus.Waiting)
            {
                throw Illegal(ticket, MoveKind.Postpone);
            }

            if (ticket.History.Any(m => m.Kind == MoveKind.Postpone))
            {
                throw Refuse(QueueErrorCode.AlreadyPostponed, ticket, MoveKind.Postpone);
            }

            var order = _snapshot.Line(ticket.ServiceId).Waiting;
            var index = order.IndexOf(order.First(w => w.Ticket.Id == ticket.Id));
            var behind = order.Skip(index + 1).Take(Catalog.Site.PostponePlaces).Select(w => w.Ranked).ToList();
            if (behind.Count == 0)
            {
                throw Refuse(QueueErrorCode.NobodyBehind, ticket, MoveKind.Postpone);
            }

            var after = behind.Max(r => r.Ticket.ArrivedAt).AddTicks(1);
            var places = behind.Count.ToString(CultureInfo.InvariantCulture);
            var moved = Step(ticket, MoveKind.Postpone, TicketStatus.Waiting, now, null, null, places) with { ArrivedAt = after };
            return Commit(moved, QueueEventKind.TicketPostponed, null);
        }
    }

    /// <summary>An officer or supervisor cancels a waiting ticket.</summary>
    public Ticket Cancel(string ticketId, string? officerId = null, string? note = null)
    {
        using (Move())
        {
            var now = EnsureDay();
            return CancelLocked(RequireTicket(ticketId, MoveKind.Cancel), now, officerId, CleanNote(note));
        }
    }

    private Ticket CancelLocked(Ticket ticket, DateTimeOffset now, string? officerId, string? note = null)
    {
        if (ticket.Status != TicketStatus.Waiting)
        {
            throw Illegal(ticket, MoveKind.Cancel);
        }

        var moved = Step(ticket, MoveKind.Cancel, TicketStatus.Cancelled, now, null, officerId, note) with { CancelledAt = now };
        return Commit(moved, QueueEventKind.TicketCancelled, null);
    }

    private void EnsureOpen(Service service, DateTimeOffset now, QuotaChannel channel, bool quota = true)
    {
        // Walk-ins never take the places of today's bookings not yet checked in.
        var use = UseOf(service);
        if (channel != QuotaChannel.Online)
        {
            use = use with { Total = use.Total + HeldForBookings(service) };
        }

        var availability = ServiceCalendar.Check(Catalog.Site, service, now, use, channel);
        if (availability.RefusalCode is { } code && (quota || code != QueueErrorCode.QuotaFull))
        {
            throw new QueueException(new QueueError(code, Detail: service.NameId, NextOpening: availability.NextOpening is { } next ? SiteClock.ToSiteTime(next, Catalog.Site.TimeZone) : null));
        }
    }

    private QuotaUse UseOf(Service service) => QuotaUse.Count(_ledger.IssuedBy(service.Id), service.Quota);

    private Ticket NewTicket(Service service, DateTimeOffset now, PriorityGroup priority, TicketChannel channel, MoveKind move)
    {
        var last = _ledger.LastNumber(service.Prefix) ?? _store.LastNumber(_day, service.Prefix);

        if (last >= TicketNumber.MaxSequence)
        {
            throw new QueueException(new QueueError(QueueErrorCode.QuotaFull, Detail: service.NameId));
        }

        var ticket = new Ticket
        {
            Id = Tokens.NewId(),
            Token = Tokens.NewTicketToken(),
            ServiceId = service.Id,
            IssuingServiceId = service.Id,
            Number = new TicketNumber(service.Prefix, last + 1),
            ServiceDate = _day,
            Status = TicketStatus.Waiting,
            Priority = priority,
            Channel = channel,
            IssuedAt = now,
            ArrivedAt = now,
        };
        return ticket with { History = [new TicketMove(_sequence + 1, move, now, TicketStatus.Waiting, TicketStatus.Waiting, null, null, null)] };
    }

    private Ticket Insert(Ticket ticket, Booking? booking, QueueEventKind kind, Service service)
    {
        JournalEntry[] journal = booking is null
            ? [JournalEntries.ForTicket(ticket, Catalog)]
            : [JournalEntries.ForTicket(ticket, Catalog), JournalEntries.ForBooking(JournalEventType.BookingCheckedIn, booking, ticket.LastSequence, ticket.IssuedAt, Catalog)];
        Write(() => _store.InsertTicket(ticket, booking, journal), ticket);
        _sequence = ticket.LastSequence;
        _ledger.Remember(ticket);
        _ledger.NumberGiven(ticket.Number);
        Publish(_snapshot.Advance(_ledger, _deskStates, _sequence, ticket.IssuedAt, null, ticket, null));
        _notifier.Publish(new QueueEvent(_sequence, kind, ticket.IssuedAt, ticket, null, service.ZoneId) { Snapshot = _snapshot });
        return ticket;
    }
}
