using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace MppQueue.Core;

/// <summary>
/// Decides and sends the notices to visitors who asked for them (docs/notifications.md, ADR 18). It follows the journal
/// that every move writes in its own transaction (the webhooks' outbox), with a cursor of its own: the notices an entry
/// makes are stored together with the cursor moving past it, each under an id made of what it is about
/// (<see cref="NoticeIds"/>), so a notice is decided once whatever is replayed. Stored notices are sent by the providers
/// in the agency's channel order, tried again after a growing wait, and moved to the next channel the visitor has when
/// one keeps failing. Visitors' contacts live in their own collection and are deleted after their day.
/// </summary>
public sealed partial class NoticeService : INoticeSubscriptions, INoticeReports, IDisposable
{
    public const int AttemptsKept = 10;

    private readonly ConcurrentDictionary<string, NoticeContact> _contacts = new(StringComparer.Ordinal);
    private readonly INoticeStore _store;
    private readonly IJournalStore _journal;
    private readonly QueueEngine _engine;
    private readonly IReadOnlyList<INoticeProvider> _providers;
    private readonly NoticeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private long _changes;

    public NoticeService(
        INoticeStore store,
        IJournalStore journal,
        QueueEngine engine,
        IEnumerable<INoticeProvider> providers,
        NoticeOptions options,
        TimeProvider time,
        ILogger<NoticeService> log)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(log);
        _store = store;
        _journal = journal;
        _engine = engine;
        _providers = [.. providers];
        _options = options;
        _time = time;
        _log = log;
        foreach (var contact in store.LoadContacts())
        {
            _contacts[contact.Id] = contact;
        }

        foreach (var notice in store.LoadPendingNotices())
        {
            _pending[notice.Id] = notice;
        }

        // On the very first start the journal's past is not notified: notices begin with the next move.
        if (store.NoticeCursor() is { } cursor)
        {
            _cursor = cursor;
        }
        else
        {
            _cursor = journal.LastJournalId();
            store.AddNotices([], _cursor);
        }

        _storedCursor = _cursor;
    }

    public void Dispose() => _wake.Dispose();

    /// <summary>A notice was decided or changed state (for the officer's card).</summary>
    public event Action<Notice>? NoticeChanged;

    /// <summary>
    /// How many changes <see cref="NoticeChanged"/> has announced, each counted after it was stored. A reader that took
    /// the count before reading the store and finds it unchanged once subscribed has missed none.
    /// </summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>The journal position the notices are decided up to; the journal is not trimmed past it.</summary>
    public long Cursor => Interlocked.Read(ref _cursor);

    /// <summary>The channels that have a provider set up, in no order.</summary>
    public IReadOnlySet<NoticeChannel> ConfiguredChannels => _providers.Where(p => p.IsConfigured).Select(p => p.Channel).ToHashSet();

    private void Announce(Notice notice)
    {
        Interlocked.Increment(ref _changes);
        NoticeChanged?.Invoke(notice);
    }

    public NoticeContact? Contact(NoticeSubject subject) => _contacts.GetValueOrDefault(subject.Key);

    /// <summary>Which channels the visitor of a ticket set (on the ticket, or on the booking it came from).</summary>
    public NoticeChannels ChannelsOf(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var contact = ContactOf(ticket.Id, ticket.BookingCode);
        return contact is null ? NoticeChannels.None : new NoticeChannels(contact.Phone is not null, contact.Push is not null);
    }

    /// <summary>The notices of a ticket (with those of its booking before it), oldest first.</summary>
    public IReadOnlyList<Notice> NoticesOf(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var own = _store.LoadNotices(NoticeSubject.Ticket(ticket.Id));
        return ticket.BookingCode is { } code ? [.. _store.LoadNotices(NoticeSubject.Booking(code)), .. own] : own;
    }

    public IReadOnlyList<Notice> NoticesOf(NoticeSubject subject) => _store.LoadNotices(subject);

    /// <summary>Sets (or, with an empty number, takes back) the phone number for WhatsApp and SMS.</summary>
    /// <exception cref="QueueException">The number is not an Indonesian mobile number, or the ticket or booking cannot take notices.</exception>
    public NoticeContact? SetPhone(NoticeSubject subject, string? phone, string language)
    {
        var number = BookingHolder.NormalizePhone(phone);
        return Change(subject, language, c => c with { Phone = number });
    }

    public NoticeContact SetPush(NoticeSubject subject, PushEndpoint push, string language)
    {
        ArgumentNullException.ThrowIfNull(push);
        return Change(subject, language, c => c with { Push = push })!;
    }

    public void RemovePush(NoticeSubject subject)
    {
        if (_contacts.ContainsKey(subject.Key))
        {
            Change(subject, null, c => c with { Push = null });
        }
    }

    public bool ReportSeen(string noticeId, string receipt)
    {
        ArgumentNullException.ThrowIfNull(noticeId);
        ArgumentNullException.ThrowIfNull(receipt);
        lock (_stateGate)
        {
            var notice = _store.FindNotice(noticeId);
            if (notice?.Receipt is not { } expected
                || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(receipt)))
            {
                return false;
            }

            // The browser may show it before the push service's answer reaches the send that is still under way.
            if (notice.State is NoticeState.Pending or NoticeState.Sent or NoticeState.Delivered)
            {
                Save(notice with
                {
                    State = NoticeState.Delivered,
                    Channel = notice.Channel ?? NoticeChannel.WebPush,
                    DueAt = null,
                    DeliveredAt = notice.DeliveredAt ?? _time.GetUtcNow(),
                });
            }

            return true;
        }
    }

    public bool ReportDelivery(NoticeChannel channel, string messageId, bool delivered, string? problem)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        lock (_stateGate)
        {
            var notice = _store.FindNoticeByMessageId(messageId);
            if (notice is null || notice.Channel != channel)
            {
                return false;
            }

            var now = _time.GetUtcNow();
            if (delivered)
            {
                if (notice.State is NoticeState.Sent or NoticeState.Delivered)
                {
                    Save(notice with { State = NoticeState.Delivered, DeliveredAt = notice.DeliveredAt ?? now });
                }
            }
            else if (notice.State is NoticeState.Sent)
            {
                // It went out but never arrived: the next channel the visitor has is tried (if it is not too late).
                var failed = notice with
                {
                    State = NoticeState.Pending,
                    Channel = null,
                    Failures = 0,
                    ChannelsFailed = notice.ChannelsFailed.Add(channel),
                    DueAt = now,
                    Attempts = notice.Attempts.Insert(0, new NoticeAttempt(now, channel, false, null, Printable.Echo(problem ?? "undelivered"))).Take(AttemptsKept).ToImmutableList(),
                };
                Save(failed);
                Wake();
            }

            return true;
        }
    }

    /// <summary>Counts of the notices of the days from <paramref name="from"/> through <paramref name="through"/>, by day, agency and channel.</summary>
    public IReadOnlyList<NoticeFigure> Figures(DateOnly from, DateOnly through, string? agencyId = null) =>
        [.. _store.LoadNotices(from, through)
            .Where(n => agencyId is null || n.AgencyId == agencyId)
            .GroupBy(n => (n.Day, n.AgencyId, n.Channel))
            .Select(g => new NoticeFigure(
                g.Key.Day,
                g.Key.AgencyId,
                g.Key.Channel,
                g.Count(),
                g.Count(n => n.SentAt is not null),
                g.Count(n => n.State == NoticeState.Delivered),
                g.Count(n => n.State == NoticeState.Failed)))
            .OrderBy(f => f.Day)
            .ThenBy(f => f.AgencyId, StringComparer.Ordinal)
            .ThenBy(f => f.Channel)];

    /// <summary>Deletes the contacts whose day is over (the numbers with them); returns how many.</summary>
    public int PurgeContacts()
    {
        var today = _engine.Today;
        var removed = _store.DeleteContactsBefore(today);
        foreach (var contact in _contacts.Values.Where(c => c.KeepUntil < today))
        {
            _contacts.TryRemove(contact.Id, out _);
        }

        return removed;
    }

    private NoticeContact? ContactOf(string? ticketId, string? bookingCode) =>
        (ticketId is not null ? _contacts.GetValueOrDefault(NoticeSubject.Ticket(ticketId).Key) : null)
        ?? (bookingCode is not null ? _contacts.GetValueOrDefault(NoticeSubject.Booking(bookingCode).Key) : null);

    private NoticeContact? Change(NoticeSubject subject, string? language, Func<NoticeContact, NoticeContact> change)
    {
        var keepUntil = KeepUntil(subject);
        lock (_decideGate)
        {
            var now = _time.GetUtcNow();
            var current = _contacts.GetValueOrDefault(subject.Key) ?? new NoticeContact
            {
                Id = subject.Key,
                TicketId = subject.TicketId,
                BookingCode = subject.BookingCode,
                KeepUntil = keepUntil,
                CreatedAt = now,
            };
            var changed = change(current) with
            {
                Language = language is null ? current.Language : Language(language),
                KeepUntil = keepUntil,
                ComeBackArmed = current.ComeBackArmed || FarFromTurn(subject),
            };
            if (changed.Phone is null && changed.Push is null)
            {
                _store.DeleteContact(subject.Key);
                _contacts.TryRemove(subject.Key, out _);
                return null;
            }

            StoreCursor();
            _store.SaveContact(changed);
            _contacts[subject.Key] = changed;
            DecideForContact(subject);
            return changed;
        }
    }

    /// <summary>The last day the subject's contact is kept; refuses one that can no longer take notices.</summary>
    private DateOnly KeepUntil(NoticeSubject subject)
    {
        if (subject.TicketId is { } ticketId)
        {
            var ticket = _engine.Snapshot.Find(ticketId) ?? throw new QueueException(new QueueError(QueueErrorCode.UnknownTicket, Detail: Printable.Echo(ticketId)));
            return ticket.Status is TicketStatus.Done or TicketStatus.Cancelled or TicketStatus.NoShow
                ? throw new QueueException(new QueueError(QueueErrorCode.NoticesClosed, Ticket: ticket.Number.ToString(), Status: ticket.Status))
                : ticket.ServiceDate;
        }

        var booking = _engine.FindBooking(subject.BookingCode) ?? throw new QueueException(new QueueError(QueueErrorCode.UnknownBooking, Detail: Printable.Echo(subject.BookingCode ?? string.Empty)));
        return booking.State != BookingState.Booked || booking.Date < _engine.Today
            ? throw new QueueException(new QueueError(QueueErrorCode.NoticesClosed, Ticket: booking.Code, Detail: booking.State.ToString()))
            : booking.Date;
    }

    /// <summary>Whether the subject's ticket still waits above its service's "come back now" threshold (bookings: always).</summary>
    private bool FarFromTurn(NoticeSubject subject)
    {
        if (subject.TicketId is null)
        {
            return true;
        }

        var snapshot = _engine.Snapshot;
        return snapshot.Find(subject.TicketId) is { Status: TicketStatus.Waiting } ticket
            && snapshot.Waiting(ticket) is { } waiting
            && _engine.Catalog.FindService(ticket.ServiceId) is { } service
            && ComeBackDue(waiting, service.Notices) is null;
    }

    private static string Language(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "id";
}
