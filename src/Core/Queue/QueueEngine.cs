using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// The queue engine: every move on every ticket goes through here, one at a time, so two kiosks never get
/// the same number and two desks never call the same ticket. It keeps the current local day's tickets in
/// memory, writes each move through the store before it changes that memory, and then raises an event.
/// </summary>
public sealed partial class QueueEngine
{
    private readonly IQueueStore _store;
    private readonly TimeProvider _time;
    private readonly QueueNotifier _notifier;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Ticket> _tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idsByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idsByIdempotencyKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeskState> _deskStates = new(StringComparer.Ordinal);
    private SiteCatalog _catalog;
    private DateOnly _day;
    private long _sequence;

    public QueueEngine(IQueueStore store, TimeProvider time, QueueNotifier notifier)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(notifier);
        _store = store;
        _time = time;
        _notifier = notifier;
        _catalog = store.LoadCatalog() ?? throw new InvalidOperationException("The store has no site yet: seed it before starting the engine.");
        _sequence = store.LastSequence();
        foreach (var state in store.LoadDeskStates())
        {
            _deskStates[state.DeskId] = state;
        }

        LoadDay(LocalDate(_time.GetUtcNow()));
    }

    public SiteCatalog Catalog => Volatile.Read(ref _catalog);

    public QueueNotifier Notifier => _notifier;

    /// <summary>Today in the site's time zone.</summary>
    public DateOnly Today => LocalDate(_time.GetUtcNow());

    public long LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    /// <summary>Re-reads the configuration after an edit; tickets already issued are not touched.</summary>
    public void ReloadCatalog()
    {
        lock (_gate)
        {
            var catalog = _store.LoadCatalog() ?? throw new InvalidOperationException("The site configuration is gone from the store.");
            Volatile.Write(ref _catalog, catalog);
            _notifier.Publish(new QueueEvent(_sequence, QueueEventKind.CatalogChanged, _time.GetUtcNow(), null, null, null));
        }
    }

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(SiteClock.ToLocal(instant, Catalog.Site.TimeZone));

    private DateTimeOffset EnsureDay()
    {
        var now = _time.GetUtcNow();
        var today = LocalDate(now);
        if (today != _day)
        {
            LoadDay(today);
        }

        return now;
    }

    private void LoadDay(DateOnly day)
    {
        _tickets.Clear();
        _idsByToken.Clear();
        _idsByIdempotencyKey.Clear();
        _lastNumbers.Clear();
        foreach (var ticket in _store.LoadTickets(day))
        {
            Remember(ticket);
        }

        _day = day;
    }

    private void Remember(Ticket ticket)
    {
        _tickets[ticket.Id] = ticket;
        _idsByToken[ticket.Token] = ticket.Id;
        if (ticket.IdempotencyKey is { } key)
        {
            _idsByIdempotencyKey[key] = ticket.Id;
        }
    }

    private Service RequireService(string? serviceId) =>
        Catalog.FindService(serviceId) ?? throw Refuse(QueueErrorCode.UnknownService, detail: Printable(serviceId));

    private Desk RequireDesk(string? deskId)
    {
        var desk = Catalog.FindDesk(deskId) ?? throw Refuse(QueueErrorCode.UnknownDesk, detail: Printable(deskId));
        return desk.Active ? desk : throw Refuse(QueueErrorCode.DeskInactive, detail: DeskLabel(desk));
    }

    private Ticket RequireTicket(string? ticketId, MoveKind move)
    {
        if (ticketId is not null && _tickets.TryGetValue(ticketId, out var ticket))
        {
            return ticket;
        }

        var stored = ticketId is { Length: > 0 and <= 64 } ? _store.FindTicket(ticketId) : null;
        if (stored is not null)
        {
            throw new QueueException(new QueueError(
                QueueErrorCode.TicketOfAnotherDay,
                stored.Number.ToString(),
                stored.Status,
                move,
                stored.ServiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        throw Refuse(QueueErrorCode.UnknownTicket, detail: Printable(ticketId));
    }

    private Ticket? CurrentAt(string deskId) =>
        _tickets.Values.FirstOrDefault(t => t.IsAtDesk && t.DeskId == deskId);

    private DeskState StateOf(string deskId) =>
        _deskStates.TryGetValue(deskId, out var state) ? state : new DeskState { DeskId = deskId };

    private Ticket Step(Ticket ticket, MoveKind kind, TicketStatus to, DateTimeOffset now, string? deskId, string? officerId, string? note = null) =>
        ticket with
        {
            Status = to,
            History = ticket.History.Add(new TicketMove(_sequence + 1, kind, now, ticket.Status, to, deskId, officerId, note)),
        };

    /// <summary>Stores the moved ticket, then updates memory and tells the listeners; a failed write changes nothing.</summary>
    private Ticket Commit(Ticket moved, QueueEventKind kind, Desk? desk, string? fromServiceId = null)
    {
        Write(() => _store.UpdateTicket(moved));
        _sequence = moved.LastSequence;
        Remember(moved);
        var zoneId = desk?.ZoneId ?? Catalog.FindService(moved.ServiceId)?.ZoneId;
        _notifier.Publish(new QueueEvent(_sequence, kind, moved.History[^1].At, moved, desk, zoneId, FromServiceId: fromServiceId));
        return moved;
    }

    /// <summary>
    /// Runs a store write. When it throws, the write may still have been committed (LiteDB can fail
    /// after its commit, in the checkpoint), so memory is reloaded from the store before the error goes on:
    /// memory never disagrees with the store, and a number is never issued twice.
    /// </summary>
    private void Write(Action write)
    {
        try
        {
            write();
        }
        catch
        {
            Resync();
            throw;
        }
    }

    private void Resync()
    {
        try
        {
            _sequence = Math.Max(_sequence, _store.LastSequence());
            foreach (var state in _store.LoadDeskStates())
            {
                _deskStates[state.DeskId] = state;
            }

            LoadDay(_day);
        }
#pragma warning disable CA1031 // The store is failing; the next move reloads the day (see EnsureDay).
        catch (Exception)
        {
            _day = default;
        }
#pragma warning restore CA1031
    }

    private static QueueException Refuse(QueueErrorCode code, Ticket? ticket = null, MoveKind? move = null, string? detail = null) =>
        new(new QueueError(code, ticket?.Number.ToString(), ticket?.Status, move, detail));

    private static QueueException Illegal(Ticket ticket, MoveKind move) =>
        new(new QueueError(QueueErrorCode.IllegalMove, ticket.Number.ToString(), ticket.Status, move));

    private static string DeskLabel(Desk desk) => desk.Number.ToString(CultureInfo.InvariantCulture);

    private static string Printable(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "—";
        }

        var plain = new string(value.Where(c => !char.IsControl(c)).Take(40).ToArray());
        return value.Length > 40 ? plain + "…" : plain;
    }

    private static string? CleanNote(string? note, int max = 500)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return null;
        }

        var plain = new string(note.Trim().Where(c => !char.IsControl(c)).ToArray());
        return plain.Length > max
            ? throw new QueueException(QueueError.Invalid("note", plain))
            : plain;
    }
}
