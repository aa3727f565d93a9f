using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// The queue engine: every move on every ticket goes through here, one at a time in arrival order (its
/// <see cref="MoveGate"/>), so two kiosks never get the same number and two desks never call the same ticket.
/// It keeps the current local day's tickets in its <see cref="DayLedger"/>, writes each move through the store
/// before it changes that memory, derives the new <see cref="TodaySnapshot"/>, publishes it, and then raises
/// the event (which carries it). Readers take <see cref="Snapshot"/> and never enter the gate.
/// </summary>
public sealed partial class QueueEngine
{
    private readonly IQueueStore _store;
    private readonly TimeProvider _time;
    private readonly QueueNotifier _notifier;
    private readonly IMoveScopes? _moves;
    private readonly MoveGate _gate = new();
    private readonly MoveLine _line = new();
    private readonly DayLedger _ledger = new();
    private readonly Dictionary<string, DeskState> _deskStates = new(StringComparer.Ordinal);
    private SiteCatalog _catalog;
    private TodaySnapshot _snapshot = null!;
    private DateOnly _day;
    private long _sequence;

    // The latest instant a move of this site was made at, on this node or (followed) another: a move is never stamped
    // before it, so a clock stepped back (NTP) or a node whose clock is behind another's never makes a call before the
    // ticket's issue or a negative wait. Read and written inside the gate.
    private DateTimeOffset _latestMove = DateTimeOffset.MinValue;

    /// <param name="store">The durable store.</param>
    /// <param name="time">The site's clock.</param>
    /// <param name="notifier">Where events go.</param>
    /// <param name="moves">
    /// When other nodes move on the same store: where moves are serialised across them and how this node hears of
    /// theirs (docs/adr/0022-two-nodes-one-database.md); null for a store only this process opens.
    /// </param>
    public QueueEngine(IQueueStore store, TimeProvider time, QueueNotifier notifier, IMoveScopes? moves = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(notifier);
        _store = store;
        _time = time;
        _notifier = notifier;
        _moves = moves;

        // Inside the gate: another node's move heard while this engine loads waits until the day is loaded.
        using (_gate.Enter())
        {
            _moves?.Start(FollowOtherNodes, FollowCatalog);
            _catalog = store.LoadCatalog() ?? throw new InvalidOperationException("The store has no site yet: seed it before starting the engine.");
            _sequence = store.LastSequence();
            foreach (var state in store.LoadDeskStates())
            {
                _deskStates[state.DeskId] = state;
            }

            LoadDay(LocalDate(_time.GetUtcNow()));
        }
    }

    public SiteCatalog Catalog => Volatile.Read(ref _catalog);

    public QueueNotifier Notifier => _notifier;

    /// <summary>The site's clock, as the engine reads it (the demo clock in a demo).</summary>
    public TimeProvider Clock => _time;

    /// <summary>Today in the site's time zone.</summary>
    public DateOnly Today => LocalDate(_time.GetUtcNow());

    public long LastSequence => Snapshot.Sequence;

    /// <summary>
    /// The picture of today after the last commit, taken without a lock. On the first read of a new local day the
    /// engine loads that day first (a day with no move yet is still a new day on every screen).
    /// </summary>
    public TodaySnapshot Snapshot
    {
        get
        {
            var snapshot = Volatile.Read(ref _snapshot);
            if (snapshot.Day == LocalDate(_time.GetUtcNow()) || _gate.IsHeldByCurrentThread)
            {
                return snapshot;
            }

            using (_gate.Enter())
            {
                EnsureDay();
                return _snapshot;
            }
        }
    }

    /// <summary>Re-reads the configuration after an edit (and tells the other nodes, if any); tickets already issued are not touched.</summary>
    public void ReloadCatalog()
    {
        LoadCatalog();
        _moves?.AnnounceCatalogChanged();
    }

    private void LoadCatalog()
    {
        using (_gate.Enter())
        {
            var catalog = _store.LoadCatalog() ?? throw new InvalidOperationException("The site configuration is gone from the store.");
            Volatile.Write(ref _catalog, catalog);
            var now = _time.GetUtcNow();
            Publish(TodaySnapshot.Derive(catalog, _ledger, _deskStates, _sequence, now));
            _notifier.Publish(new QueueEvent(_sequence, QueueEventKind.CatalogChanged, now, null, null, null) { Snapshot = _snapshot });
        }
    }

    /// <summary>
    /// Enters the gate for a move; with other nodes on the store, also their scope (waiting until none of them is
    /// moving) and applies what they committed since this node last looked, so the move is decided on the whole day.
    /// </summary>
    private MoveTurn Move()
    {
        var turn = _gate.Enter();
        if (_moves is null)
        {
            return new MoveTurn(turn, null);
        }

        IMoveScope? scope = null;
        try
        {
            scope = _moves.Enter();
            FollowLocked(scope.Missed);
            return new MoveTurn(turn, scope);
        }
        catch
        {
            scope?.Dispose();
            turn.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Makes a move for a caller that must not hold a thread while it waits for its turn (an HTTP request, a page's
    /// button): it waits in the engine's <see cref="MoveLine"/>, then <paramref name="move"/> (a call of one of the
    /// engine's moves) runs on the thread pool.
    /// </summary>
    public Task<T> MoveAsync<T>(Func<T> move, CancellationToken cancellation = default) => _line.RunAsync(move, cancellation);

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(SiteClock.ToLocal(instant, Catalog.Site.TimeZone));

    /// <summary>The instant of a move about to be made (never before the site's latest move), on today's ledger.</summary>
    private DateTimeOffset EnsureDay()
    {
        var clock = _time.GetUtcNow();
        var today = LocalDate(clock);
        if (today != _day)
        {
            LoadDay(today);
        }

        // A move of today never goes back; the clock set back to another day (a test's) starts from that day's moves.
        _latestMove = clock > _latestMove || LocalDate(_latestMove) != today ? clock : _latestMove;
        return _latestMove;
    }

    /// <summary>Notes the instants of moves made elsewhere (other nodes' journal entries, a day's stored tickets).</summary>
    private void NoteMovesAt(IEnumerable<DateTimeOffset> instants)
    {
        foreach (var at in instants)
        {
            _latestMove = at > _latestMove ? at : _latestMove;
        }
    }

    private void LoadDay(DateOnly day)
    {
        var tickets = _store.LoadTickets(day);
        _latestMove = DateTimeOffset.MinValue;
        NoteMovesAt(tickets.SelectMany(t => t.History).Select(m => m.At));
        _ledger.Reset(day, tickets);
        _day = day;
        LoadBookings();
        Publish(TodaySnapshot.Derive(Catalog, _ledger, _deskStates, _sequence, _time.GetUtcNow()));
    }

    private void Publish(TodaySnapshot snapshot) => Volatile.Write(ref _snapshot, snapshot);

    private Service RequireService(string? serviceId) =>
        Catalog.FindService(serviceId) ?? throw Refuse(QueueErrorCode.UnknownService, detail: Printable(serviceId));

    private Desk RequireDesk(string? deskId)
    {
        var desk = Catalog.FindDesk(deskId) ?? throw Refuse(QueueErrorCode.UnknownDesk, detail: Printable(deskId));
        return desk.Active ? desk : throw Refuse(QueueErrorCode.DeskInactive, detail: DeskLabel(desk));
    }

    private Ticket RequireTicket(string? ticketId, MoveKind move)
    {
        if (_ledger.Find(ticketId) is { } ticket)
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

    private Ticket? CurrentAt(string deskId) => _ledger.AtDesk(deskId);

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
        Write(() => _store.UpdateTicket(moved, [JournalEntries.ForTicket(moved, Catalog, fromServiceId)]), moved);
        _sequence = moved.LastSequence;
        var before = _ledger.Remember(moved);
        var at = moved.History[^1].At;
        Publish(_snapshot.Advance(_ledger, _deskStates, _sequence, at, before, moved, null));
        var zoneId = desk?.ZoneId ?? Catalog.FindService(moved.ServiceId)?.ZoneId;
        _notifier.Publish(new QueueEvent(_sequence, kind, at, moved, desk, zoneId, FromServiceId: fromServiceId) { Snapshot = _snapshot });
        return moved;
    }

    /// <summary>
    /// Runs a store write. When it throws, the write may still have been committed (LiteDB can fail
    /// after its commit, in the checkpoint), so memory is reloaded from the store before the error goes on:
    /// memory never disagrees with the store, and a number is never issued twice. A write the store refused because
    /// another node got there first (the ticket moved meanwhile, the number given meanwhile) is a refusal like any
    /// other, and after the reload the same action may simply be tried again (docs/adr/0022-two-nodes-one-database.md).
    /// </summary>
    /// <param name="write">The store call.</param>
    /// <param name="ticket">The ticket written, named in the refusal.</param>
    private void Write(Action write, Ticket? ticket = null)
    {
        try
        {
            write();
        }
        catch (System.Data.DBConcurrencyException stale)
        {
            Resync();
            throw new QueueException(new QueueError(QueueErrorCode.TicketChangedMeanwhile, ticket?.Number.ToString(), ticket?.Status), stale);
        }
        catch (System.Data.ConstraintException taken)
        {
            Resync();
            throw new QueueException(new QueueError(QueueErrorCode.NumberTakenMeanwhile, ticket?.Number.ToString()), taken);
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

    private static string Printable(string? value) => string.IsNullOrEmpty(value) ? "—" : Core.Printable.Echo(value);

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
