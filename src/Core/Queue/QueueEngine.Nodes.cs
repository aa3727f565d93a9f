namespace MppQueue.Core;

/// <summary>
/// Following the other nodes that serve the site from the same store (docs/adr/0022-two-nodes-one-database.md): what
/// they committed is read back from the store by the journal's entries and applied to this node's day, with the same
/// snapshot and events as a move made here, so screens and hub clients on this node see it too.
/// </summary>
public sealed partial class QueueEngine
{
    /// <summary>Called by <see cref="IMoveScopes"/> when another node may have moved, and every few seconds.</summary>
    private void FollowOtherNodes()
    {
        using (_gate.Enter())
        {
            // Past midnight with no move here yet: the new day first, so the others' tickets of today are taken in.
            EnsureDay();
            FollowLocked(_moves!.ReadMissed());
        }
    }

    /// <summary>Called by <see cref="IMoveScopes"/> when another node changed the site's configuration.</summary>
    private void FollowCatalog() => LoadCatalog();

    /// <summary>Applies the other nodes' committed moves, oldest first; a failing read reloads the day from the store.</summary>
    private void FollowLocked(IReadOnlyList<JournalEntry> missed)
    {
        if (missed.Count == 0)
        {
            return;
        }

        NoteMovesAt(missed.Select(e => e.At));
        try
        {
            Follow(missed);
        }
        catch
        {
            // The entries are marked as seen: reloading the day (and desks) from the store takes them in all the same.
            Resync();
            throw;
        }
    }

    private void Follow(IReadOnlyList<JournalEntry> missed)
    {
        var tickets = new HashSet<string>(StringComparer.Ordinal);
        var desks = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
        var bookings = new HashSet<string>(StringComparer.Ordinal);
        var last = _sequence;
        foreach (var entry in missed)
        {
            last = Math.Max(last, entry.Sequence);
            if (IsDeskEvent(entry.Type) && entry.DeskId is { } deskId)
            {
                desks[deskId] = entry;
            }
            else if (IsBookingEvent(entry.Type) && entry.BookingCode is { } code)
            {
                bookings.Add(code);
            }
            else if (entry.TicketId is { } ticketId)
            {
                tickets.Add(ticketId);
            }
        }

        var changes = new List<(long Sequence, Action Apply)>();
        foreach (var ticket in tickets.Select(_store.FindTicket).OfType<Ticket>().Where(t => t.ServiceDate == _day))
        {
            changes.Add((ticket.LastSequence, () => FollowTicket(ticket)));
        }

        if (desks.Count > 0)
        {
            foreach (var state in _store.LoadDeskStates().Where(s => desks.ContainsKey(s.DeskId)))
            {
                changes.Add((state.LastSequence, () => FollowDesk(state, desks[state.DeskId])));
            }
        }

        foreach (var (_, apply) in changes.OrderBy(c => c.Sequence))
        {
            apply();
        }

        if (bookings.Count > 0)
        {
            foreach (var booking in bookings.Select(_store.FindBooking).OfType<Booking>())
            {
                _bookings[booking.Code] = booking;
            }

            PublishBookings();
        }

        _sequence = Math.Max(_sequence, last);
    }

    private void FollowTicket(Ticket ticket)
    {
        if (_ledger.Find(ticket.Id) is { } known && known.LastSequence >= ticket.LastSequence)
        {
            return;
        }

        var before = _ledger.Remember(ticket);
        if (_ledger.LastNumber(ticket.Number.Prefix) is { } given && ticket.Number.Sequence > given)
        {
            _ledger.NumberGiven(ticket.Number);
        }

        var move = ticket.History[^1];
        _sequence = Math.Max(_sequence, ticket.LastSequence);
        Publish(_snapshot.Advance(_ledger, _deskStates, _sequence, move.At, before, ticket, null));
        var desk = Catalog.FindDesk(move.DeskId);
        var kind = EventOf(move.Kind);
        var zoneId = desk?.ZoneId ?? Catalog.FindService(ticket.ServiceId)?.ZoneId;
        var fromServiceId = kind == QueueEventKind.TicketTransferred ? before?.ServiceId : null;
        _notifier.Publish(new QueueEvent(_sequence, kind, move.At, ticket, desk, zoneId, FromServiceId: fromServiceId) { Snapshot = _snapshot });
    }

    private void FollowDesk(DeskState state, JournalEntry entry)
    {
        var before = StateOf(state.DeskId);
        if (_deskStates.ContainsKey(state.DeskId) && before.LastSequence >= state.LastSequence)
        {
            return;
        }

        _deskStates[state.DeskId] = state;
        _sequence = Math.Max(_sequence, state.LastSequence);
        Publish(_snapshot.Advance(_ledger, _deskStates, _sequence, entry.At, null, null, state));
        if (Catalog.FindDesk(state.DeskId) is not { } desk)
        {
            return;
        }

        var kind = entry.Type switch
        {
            JournalEventType.DeskPaused => QueueEventKind.DeskPaused,
            JournalEventType.DeskClosed => QueueEventKind.DeskSignedOut,
            _ => before.Paused && !state.Paused ? QueueEventKind.DeskResumed : QueueEventKind.DeskSignedIn,
        };
        _notifier.Publish(new QueueEvent(_sequence, kind, entry.At, null, desk, desk.ZoneId, state) { Snapshot = _snapshot });
    }

    private static bool IsDeskEvent(JournalEventType type) =>
        type is JournalEventType.DeskOpened or JournalEventType.DeskPaused or JournalEventType.DeskClosed;

    private static bool IsBookingEvent(JournalEventType type) => type is JournalEventType.BookingCreated
        or JournalEventType.BookingCancelled or JournalEventType.BookingMoved or JournalEventType.BookingCheckedIn
        or JournalEventType.BookingExpired;

    /// <summary>The event a move makes on this node, as the move's own method raises it.</summary>
    private static QueueEventKind EventOf(MoveKind move) => move switch
    {
        MoveKind.Issue => QueueEventKind.TicketIssued,
        MoveKind.CheckIn => QueueEventKind.TicketCheckedIn,
        MoveKind.Call or MoveKind.CallSpecific => QueueEventKind.TicketCalled,
        MoveKind.Recall => QueueEventKind.TicketRecalled,
        MoveKind.StartServing => QueueEventKind.ServingStarted,
        MoveKind.Finish => QueueEventKind.TicketFinished,
        MoveKind.NoShow => QueueEventKind.TicketNoShow,
        MoveKind.Restore => QueueEventKind.TicketRestored,
        MoveKind.Transfer => QueueEventKind.TicketTransferred,
        MoveKind.Hold => QueueEventKind.TicketHeld,
        MoveKind.Resume => QueueEventKind.TicketResumed,
        MoveKind.Cancel => QueueEventKind.TicketCancelled,
        MoveKind.Postpone => QueueEventKind.TicketPostponed,
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, "Not a ticket move."),
    };

    /// <summary>One move's turn: the engine's gate and, with other nodes, their scope (left first, so its writes are in).</summary>
    private readonly struct MoveTurn(MoveGate.Turn turn, IMoveScope? scope) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                scope?.Dispose();
            }
            finally
            {
                turn.Dispose();
            }
        }
    }
}
