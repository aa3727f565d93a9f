namespace MppQueue.Core;

/// <summary>Deciding notices: from the journal's entries, for a contact that was just set, and the day-before reminders.</summary>
public sealed partial class NoticeService
{
    private const int Batch = 200;

    /// <summary>
    /// How long the stored cursor may lag behind the journal when its entries decided nothing. Each stored cursor is a
    /// write to the data file, and most moves notify nobody; after a restart the entries since the stored cursor are
    /// decided again, which makes nothing twice (a notice's id is what it is about).
    /// </summary>
    private static readonly TimeSpan _cursorLag = TimeSpan.FromMinutes(1);

    // One decider at a time: the journal loop, a visitor setting a contact, the reminders.
    private readonly Lock _decideGate = new();
    private long _cursor;
    private long _storedCursor;
    private DateTimeOffset _cursorStoredAt = DateTimeOffset.MinValue;
    private DateTimeOffset _remindersCheckedAt = DateTimeOffset.MinValue;

    /// <summary>Decides the notices of the journal's new entries; returns how many notices were new.</summary>
    public int DecideFromJournal()
    {
        var made = 0;
        lock (_decideGate)
        {
            while (true)
            {
                var entries = _journal.ReadJournal(_cursor, Batch);
                if (entries.Count == 0)
                {
                    return made;
                }

                var snapshot = _engine.Snapshot;
                var catalog = _engine.Catalog;
                var notices = new List<Notice>();
                var touched = new HashSet<string>(StringComparer.Ordinal);
                var closed = new List<string>();
                foreach (var entry in entries)
                {
                    Decide(entry, snapshot, catalog, notices, closed);
                    if (entry.TicketId is not null && entry.ServiceId is not null)
                    {
                        touched.Add(entry.ServiceId);
                    }
                }

                foreach (var serviceId in touched)
                {
                    ComeBack(serviceId, snapshot, catalog, notices, onlyTicketId: null);
                }

                var position = entries[^1].Id;
                made += Store(notices, notices.Count > 0 || entries.Count == Batch || _time.GetUtcNow() - _cursorStoredAt >= _cursorLag ? position : null);
                Interlocked.Exchange(ref _cursor, position);

                // A cancelled or expired booking with nothing more to send keeps no contact.
                foreach (var code in closed.Where(c => !notices.Exists(n => n.BookingCode == c && n.TicketId is null)))
                {
                    Forget(NoticeSubject.Booking(code));
                }

                // A short batch is the journal's end: no second read to learn that nothing follows.
                if (entries.Count < Batch)
                {
                    return made;
                }
            }
        }
    }

    /// <summary>The reminders of tomorrow's bookings, once the local hour has come; returns how many were new.</summary>
    public int DecideReminders()
    {
        var now = _time.GetUtcNow();
        var catalog = _engine.Catalog;
        if (catalog.Site is null || SiteClock.ToLocal(now, catalog.Site.TimeZone).Hour < _options.ReminderHour)
        {
            return 0;
        }

        var tomorrow = _engine.Today.AddDays(1);
        lock (_decideGate)
        {
            var notices = new List<Notice>();
            foreach (var contact in _contacts.Values.Where(c => c.BookingCode is not null && c.TicketId is null && c.KeepUntil == tomorrow))
            {
                if (_engine.FindBooking(contact.BookingCode) is { State: BookingState.Booked } booking && booking.Date == tomorrow)
                {
                    AddForBooking(NoticeKind.BookingReminder, booking, catalog, notices, booking.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return Store(notices, cursor: null);
        }
    }

    private void DecideForContact(NoticeSubject subject)
    {
        var catalog = _engine.Catalog;
        var notices = new List<Notice>();
        if (subject.TicketId is { } ticketId)
        {
            var snapshot = _engine.Snapshot;
            if (snapshot.Find(ticketId) is { Status: TicketStatus.Waiting } ticket)
            {
                ComeBack(ticket.ServiceId, snapshot, catalog, notices, ticketId);
            }
        }
        else if (_engine.FindBooking(subject.BookingCode) is { State: BookingState.Booked } booking)
        {
            AddForBooking(NoticeKind.BookingConfirmed, booking, catalog, notices, booking.Moves.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Store(notices, cursor: null);
    }

    private void Decide(JournalEntry entry, TodaySnapshot snapshot, SiteCatalog catalog, List<Notice> notices, List<string> closed)
    {
        var sequence = entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (entry.Type)
        {
            case JournalEventType.TicketCalled:
                AddForTicket(NoticeKind.Called, entry, snapshot, catalog, notices, sequence);
                break;
            case JournalEventType.TicketRecalled:
                AddForTicket(NoticeKind.Recalled, entry, snapshot, catalog, notices, sequence);
                break;
            case JournalEventType.TicketDone:
                AddForTicket(NoticeKind.Survey, entry, snapshot, catalog, notices, detail: null);
                break;
            case JournalEventType.TicketCancelled:
                AddForTicket(NoticeKind.Cancelled, entry, snapshot, catalog, notices, detail: null);
                break;
            case JournalEventType.BookingCreated or JournalEventType.BookingMoved:
                if (_engine.FindBooking(entry.BookingCode) is { State: BookingState.Booked } booked)
                {
                    AddForBooking(NoticeKind.BookingConfirmed, booked, catalog, notices, booked.Moves.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                break;
            case JournalEventType.BookingCancelled or JournalEventType.BookingExpired:
                if (_engine.FindBooking(entry.BookingCode) is { } ended)
                {
                    AddForBooking(entry.Type == JournalEventType.BookingCancelled ? NoticeKind.Cancelled : NoticeKind.Expired, ended, catalog, notices, detail: null);
                    closed.Add(ended.Code);
                }

                break;
            default:
                break;
        }
    }

    private void AddForTicket(NoticeKind kind, JournalEntry entry, TodaySnapshot snapshot, SiteCatalog catalog, List<Notice> notices, string? detail)
    {
        if (entry.TicketId is null || snapshot.Find(entry.TicketId) is not { } ticket)
        {
            return;
        }

        var service = catalog.FindService(entry.ServiceId ?? ticket.ServiceId);
        var contact = ContactOf(ticket.Id, ticket.BookingCode);
        if (service is null || contact is null || !service.Notices.Sends(kind))
        {
            return;
        }

        var desk = catalog.FindDesk(entry.DeskId);
        var preferred = kind == NoticeKind.Recalled
            ? _store.LoadNotices(NoticeSubject.Ticket(ticket.Id))
                .Where(n => n.Kind is NoticeKind.Called or NoticeKind.Recalled && n.SentAt is not null)
                .OrderByDescending(n => n.SentAt)
                .FirstOrDefault()?.Channel
            : null;
        notices.Add(NewNotice(kind, NoticeSubject.Ticket(ticket.Id), detail, contact, service, catalog, ticket.ServiceDate, ContentOf(ticket, service, catalog) with
        {
            DeskNumber = desk?.Number,
        }, ticket.BookingCode) with
        {
            PreferredChannel = preferred,
        });
    }

    private void AddForBooking(NoticeKind kind, Booking booking, SiteCatalog catalog, List<Notice> notices, string? detail)
    {
        var subject = NoticeSubject.Booking(booking.Code);
        var service = catalog.FindService(booking.ServiceId);
        if (service is null || _contacts.GetValueOrDefault(subject.Key) is not { } contact || !service.Notices.Sends(kind))
        {
            return;
        }

        notices.Add(NewNotice(kind, subject, detail, contact, service, catalog, booking.Date, new NoticeContent
        {
            Token = booking.Token,
            BookingCode = booking.Code,
            ServiceNameId = service.NameId,
            ServiceNameEn = service.NameEn,
            AgencyName = catalog.Agencies.GetValueOrDefault(service.AgencyId)?.Name ?? string.Empty,
            Date = booking.Date,
            SessionStart = booking.Window.Start,
            SessionEnd = booking.Window.End,
        }, booking.Code));
    }

    /// <summary>"Come back now" for the waiting tickets of a service (or one of them) that have a contact and reached the threshold.</summary>
    private void ComeBack(string serviceId, TodaySnapshot snapshot, SiteCatalog catalog, List<Notice> notices, string? onlyTicketId)
    {
        if (catalog.FindService(serviceId) is not { } service || !service.Notices.ComeBack)
        {
            return;
        }

        var rules = service.Notices;
        foreach (var waiting in snapshot.Line(serviceId).Waiting)
        {
            var ticket = waiting.Ticket;
            if ((onlyTicketId is not null && ticket.Id != onlyTicketId) || ContactOf(ticket.Id, ticket.BookingCode) is not { ComeBackArmed: true } contact)
            {
                continue;
            }

            if (ComeBackDue(waiting, rules) is not { } due)
            {
                continue;
            }

            var (minutes, ahead) = due;
            var id = NoticeIds.Of(NoticeKind.ComeBack, NoticeSubject.Ticket(ticket.Id), serviceId);
            if (_comeBackDecided.ContainsKey(id))
            {
                continue;
            }

            notices.Add(NewNotice(NoticeKind.ComeBack, NoticeSubject.Ticket(ticket.Id), serviceId, contact, service, catalog, ticket.ServiceDate, ContentOf(ticket, service, catalog) with
            {
                Minutes = minutes,
                PeopleAhead = ahead ?? waiting.PeopleAhead,
            }, ticket.BookingCode));
        }
    }

    /// <summary>The estimated minutes (or, with no estimate, the people ahead) when a waiting ticket has reached the threshold; null before.</summary>
    private static (int? Minutes, int? Ahead)? ComeBackDue(WaitingTicket waiting, NoticeRules rules)
    {
        if (waiting.Estimate is { } estimate)
        {
            return rules.ComeBackMinutes > 0 && estimate.LowMinutes <= rules.ComeBackMinutes ? (estimate.LowMinutes, null) : null;
        }

        return rules.ComeBackPlaces > 0 && waiting.PeopleAhead <= rules.ComeBackPlaces ? (null, waiting.PeopleAhead) : null;
    }

    private static NoticeContent ContentOf(Ticket ticket, Service service, SiteCatalog catalog) => new()
    {
        TicketNumber = ticket.Number.ToString(),
        Token = ticket.Token,
        BookingCode = ticket.BookingCode,
        ServiceNameId = service.NameId,
        ServiceNameEn = service.NameEn,
        AgencyName = catalog.Agencies.GetValueOrDefault(service.AgencyId)?.Name ?? string.Empty,
    };

    private Notice NewNotice(NoticeKind kind, NoticeSubject subject, string? detail, NoticeContact contact, Service service, SiteCatalog catalog, DateOnly day, NoticeContent content, string? bookingCode)
    {
        var now = _time.GetUtcNow();
        return new Notice
        {
            Id = NoticeIds.Of(kind, subject, detail),
            Kind = kind,
            ContactId = contact.Id,
            TicketId = subject.TicketId,
            BookingCode = bookingCode,
            ServiceId = service.Id,
            AgencyId = catalog.FindService(service.Id)?.AgencyId,
            Day = day,
            Content = content,
            CreatedAt = now,
            DueAt = now,
            Receipt = Tokens.NewId(),
        };
    }

    /// <summary>
    /// Stores the cursor where it lags behind the journal's decided position. Before a contact is set: should the server
    /// stop before the cursor is next stored, the moves decided before the contact existed are not decided again for it.
    /// Called inside <see cref="_decideGate"/>.
    /// </summary>
    private void StoreCursor()
    {
        var position = Interlocked.Read(ref _cursor);
        if (position != _storedCursor)
        {
            Store([], position);
        }
    }

    private int Store(List<Notice> notices, long? cursor)
    {
        if (notices.Count == 0 && cursor is null)
        {
            return 0;
        }

        var added = _store.AddNotices(notices, cursor);
        if (cursor is { } stored)
        {
            _storedCursor = stored;
            _cursorStoredAt = _time.GetUtcNow();
        }

        foreach (var notice in notices.Where(n => n.Kind == NoticeKind.ComeBack))
        {
            _comeBackDecided.TryAdd(notice.Id, 0);
        }

        foreach (var notice in added)
        {
            _pending[notice.Id] = notice;
            Announce(notice);
        }

        if (added.Count > 0)
        {
            Wake();
        }

        return added.Count;
    }

    private void Forget(NoticeSubject subject)
    {
        _store.DeleteContact(subject.Key);
        _contacts.TryRemove(subject.Key, out _);
    }
}
