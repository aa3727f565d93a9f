using System.Globalization;

namespace MppQueue.Core;

public sealed partial class QueueEngine
{
    /// <summary>Calls the next ticket for a desk from the services it serves, under each service's priority policy.</summary>
    public Ticket CallNext(string deskId, string? officerId = null)
    {
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId, officerId);
            EnsureDeskFree(desk);
            var pick = _snapshot.NextFor(desk)
                ?? throw Refuse(QueueErrorCode.NothingWaiting, detail: DeskLabel(desk));
            return CallLocked(pick.Ticket, desk, now, officerId, MoveKind.Call, null);
        }
    }

    /// <summary>Calls one particular waiting ticket out of order; the reason is recorded.</summary>
    public Ticket CallSpecific(string deskId, string ticketId, string? reason, string? officerId = null)
    {
        var why = CleanNote(reason) ?? throw Refuse(QueueErrorCode.ReasonRequired);
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId, officerId);
            var ticket = RequireTicket(ticketId, MoveKind.CallSpecific);
            if (ticket.Status != TicketStatus.Waiting)
            {
                throw Illegal(ticket, MoveKind.CallSpecific);
            }

            EnsureServes(desk, ticket);
            EnsureDeskFree(desk);
            return CallLocked(ticket, desk, now, officerId, MoveKind.CallSpecific, why);
        }
    }

    /// <summary>Announces the called ticket again.</summary>
    public Ticket Recall(string deskId, string ticketId, string? officerId = null)
    {
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId, officerId);
            var ticket = RequireAtDesk(desk, ticketId, MoveKind.Recall, TicketStatus.Called);
            var moved = Step(ticket, MoveKind.Recall, TicketStatus.Called, now, desk.Id, officerId) with { RecallCount = ticket.RecallCount + 1 };
            return Commit(moved, QueueEventKind.TicketRecalled, desk);
        }
    }

    public Ticket StartServing(string deskId, string ticketId, string? officerId = null)
    {
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId, officerId);
            var ticket = RequireAtDesk(desk, ticketId, MoveKind.StartServing, TicketStatus.Called);
            var moved = Step(ticket, MoveKind.StartServing, TicketStatus.Serving, now, desk.Id, officerId) with { ServingAt = now, OfficerId = officerId ?? ticket.OfficerId };
            return Commit(moved, QueueEventKind.ServingStarted, desk);
        }
    }

    /// <summary>Finishes the ticket at the desk. From Called, serving is taken to have started at the call.</summary>
    public Ticket Finish(string deskId, string ticketId, string? officerId = null)
    {
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId, officerId);
            var ticket = RequireAtDesk(desk, ticketId, MoveKind.Finish, TicketStatus.Called, TicketStatus.Serving);
            var moved = Step(ticket, MoveKind.Finish, TicketStatus.Done, now, desk.Id, officerId) with
            {
                ServingAt = ticket.ServingAt ?? ticket.CalledAt,
                FinishedAt = now,
                OfficerId = officerId ?? ticket.OfficerId,
            };
            return Commit(moved, QueueEventKind.TicketFinished, desk);
        }
    }

    /// <summary>Marks a called visitor who did not come as a no-show, after the required recalls.</summary>
    public Ticket MarkNoShow(string deskId, string ticketId, string? officerId = null)
    {
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId, officerId);
            var ticket = RequireAtDesk(desk, ticketId, MoveKind.NoShow, TicketStatus.Called);
            var needed = Catalog.Site.NoShowMinRecalls;
            if (ticket.RecallCount < needed)
            {
                throw Refuse(QueueErrorCode.NoShowNeedsRecall, ticket, MoveKind.NoShow, needed.ToString(CultureInfo.InvariantCulture));
            }

            var moved = Step(ticket, MoveKind.NoShow, TicketStatus.NoShow, now, desk.Id, officerId) with { NoShowAt = now };
            return Commit(moved, QueueEventKind.TicketNoShow, desk);
        }
    }

    /// <summary>Puts a no-show back in its queue, at its original arrival, within the grace time.</summary>
    public Ticket Restore(string ticketId, string? deskId = null, string? officerId = null)
    {
        using (Move())
        {
            var now = EnsureDay();
            var desk = deskId is null ? null : RequireDesk(deskId, officerId);
            var ticket = RequireTicket(ticketId, MoveKind.Restore);
            if (ticket.Status != TicketStatus.NoShow)
            {
                throw Illegal(ticket, MoveKind.Restore);
            }

            if (desk is not null)
            {
                EnsureServes(desk, ticket);
            }

            var grace = Catalog.Site.NoShowGraceMinutes;
            if (now - ticket.NoShowAt!.Value > TimeSpan.FromMinutes(grace))
            {
                throw Refuse(QueueErrorCode.GraceExpired, ticket, MoveKind.Restore, grace.ToString(CultureInfo.InvariantCulture));
            }

            var moved = Step(ticket, MoveKind.Restore, TicketStatus.Waiting, now, desk?.Id, officerId) with { DeskId = null, RecallCount = 0, NoShowAt = null };
            return Commit(moved, QueueEventKind.TicketRestored, desk);
        }
    }

    /// <summary>Sends the visitor to another service; they keep their number and their arrival time.</summary>
    public Ticket Transfer(string deskId, string ticketId, string toServiceId, string? officerId = null, string? note = null)
    {
        var cleanNote = CleanNote(note);
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId, officerId);
            var ticket = RequireAtDesk(desk, ticketId, MoveKind.Transfer, TicketStatus.Called, TicketStatus.Serving, TicketStatus.Held);
            var target = RequireService(toServiceId);
            if (!target.Active)
            {
                throw Refuse(QueueErrorCode.ServiceInactive, ticket, MoveKind.Transfer, target.NameId);
            }

            if (target.Id == ticket.ServiceId)
            {
                throw Refuse(QueueErrorCode.SameService, ticket, MoveKind.Transfer, target.NameId);
            }

            var moved = Step(ticket, MoveKind.Transfer, TicketStatus.Waiting, now, desk.Id, officerId, cleanNote) with
            {
                ServiceId = target.Id,
                TransferredFromServiceId = ticket.ServiceId,
                DeskId = null,
                CalledAt = null,
                ServingAt = null,
                RecallCount = 0,
            };
            return Commit(moved, QueueEventKind.TicketTransferred, desk, ticket.ServiceId);
        }
    }

    /// <summary>Parks the ticket at the desk (the visitor fetches a document); it is called back later.</summary>
    public Ticket Hold(string deskId, string ticketId, string? officerId = null, string? note = null)
    {
        var cleanNote = CleanNote(note);
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId, officerId);
            var ticket = RequireAtDesk(desk, ticketId, MoveKind.Hold, TicketStatus.Called, TicketStatus.Serving);
            var moved = Step(ticket, MoveKind.Hold, TicketStatus.Held, now, desk.Id, officerId, cleanNote);
            return Commit(moved, QueueEventKind.TicketHeld, desk);
        }
    }

    /// <summary>Calls a held ticket back to a desk that serves its service.</summary>
    public Ticket Resume(string deskId, string ticketId, string? officerId = null)
    {
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId, officerId);
            var ticket = RequireTicket(ticketId, MoveKind.Resume);
            if (ticket.Status != TicketStatus.Held)
            {
                throw Illegal(ticket, MoveKind.Resume);
            }

            EnsureServes(desk, ticket);
            EnsureDeskFree(desk);
            var moved = Step(ticket, MoveKind.Resume, TicketStatus.Called, now, desk.Id, officerId) with
            {
                DeskId = desk.Id,
                OfficerId = officerId ?? ticket.OfficerId,
                CalledAt = now,
                RecallCount = 0,
            };
            return Commit(moved, QueueEventKind.TicketResumed, desk);
        }
    }

    /// <summary>Pauses a desk that has no ticket in hand (istirahat, sholat, rapat, lainnya).</summary>
    public DeskState PauseDesk(string deskId, PauseReason reason, string? note = null, string? officerId = null)
    {
        var cleanNote = CleanNote(note, 200);
        if (!Enum.IsDefined(reason) || (reason == PauseReason.Other && cleanNote is null))
        {
            throw Refuse(QueueErrorCode.ReasonRequired);
        }

        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId, officerId);
            if (StateOf(desk.Id).Paused)
            {
                throw Refuse(QueueErrorCode.DeskPaused, detail: DeskLabel(desk));
            }

            if (CurrentAt(desk.Id) is { } current)
            {
                throw Refuse(QueueErrorCode.DeskBusy, current, detail: DeskLabel(desk));
            }

            var state = StateOf(desk.Id) with { Paused = true, Reason = reason, Note = cleanNote, Since = now, OfficerId = officerId, LastSequence = _sequence + 1 };
            return CommitDesk(desk, state, QueueEventKind.DeskPaused, now);
        }
    }

    public DeskState ResumeDesk(string deskId, string? officerId = null)
    {
        using (Move())
        {
            var now = EnsureDay();
            var desk = RequireDesk(deskId, officerId);
            if (!StateOf(desk.Id).Paused)
            {
                throw Refuse(QueueErrorCode.DeskNotPaused, detail: DeskLabel(desk));
            }

            var state = StateOf(desk.Id) with { Paused = false, Reason = null, Note = null, Since = now, OfficerId = officerId, LastSequence = _sequence + 1 };
            return CommitDesk(desk, state, QueueEventKind.DeskResumed, now);
        }
    }

    private DeskState CommitDesk(Desk desk, DeskState state, QueueEventKind kind, DateTimeOffset now, string? actorId = null, string? detail = null)
    {
        var audit = new AuditEntry(Tokens.NewId(), now, actorId ?? state.OfficerId, kind.ToString(), desk.Id, detail ?? JoinDetail(state.Reason?.ToString(), state.Note));
        Write(() => _store.AppendAudit(audit));
        var type = kind switch
        {
            QueueEventKind.DeskPaused => JournalEventType.DeskPaused,
            QueueEventKind.DeskSignedOut => JournalEventType.DeskClosed,
            _ => JournalEventType.DeskOpened,
        };
        Write(() => _store.SaveDeskState(state, [JournalEntries.ForDesk(type, desk, state, now)]));
        _sequence = state.LastSequence;
        _deskStates[desk.Id] = state;
        Publish(_snapshot.Advance(_ledger, _deskStates, _sequence, now, null, null, state));
        _notifier.Publish(new QueueEvent(_sequence, kind, now, null, desk, desk.ZoneId, state) { Snapshot = _snapshot });
        return state;
    }

    private static string? JoinDetail(params string?[] parts) =>
        parts.Any(p => !string.IsNullOrEmpty(p)) ? string.Join(": ", parts.Where(p => !string.IsNullOrEmpty(p))) : null;

    private Ticket CallLocked(Ticket ticket, Desk desk, DateTimeOffset now, string? officerId, MoveKind move, string? note)
    {
        var moved = Step(ticket, move, TicketStatus.Called, now, desk.Id, officerId, note) with
        {
            DeskId = desk.Id,
            OfficerId = officerId,
            CalledAt = now,
            FirstCalledAt = ticket.FirstCalledAt ?? now,
            RecallCount = 0,
        };
        return Commit(moved, QueueEventKind.TicketCalled, desk);
    }

    private void EnsureDeskFree(Desk desk)
    {
        if (CurrentAt(desk.Id) is { } current)
        {
            throw Refuse(QueueErrorCode.DeskBusy, current, detail: DeskLabel(desk));
        }

        if (StateOf(desk.Id).Paused)
        {
            throw Refuse(QueueErrorCode.DeskPaused, detail: DeskLabel(desk));
        }
    }

    private static void EnsureServes(Desk desk, Ticket ticket)
    {
        if (!desk.ServiceIds.Contains(ticket.ServiceId))
        {
            throw Refuse(QueueErrorCode.DeskDoesNotServe, ticket, detail: DeskLabel(desk));
        }
    }

    private Ticket RequireAtDesk(Desk desk, string ticketId, MoveKind move, params TicketStatus[] allowed)
    {
        var ticket = RequireTicket(ticketId, move);
        if (Array.IndexOf(allowed, ticket.Status) < 0)
        {
            throw Illegal(ticket, move);
        }

        if (ticket.DeskId != desk.Id)
        {
            var other = Catalog.FindDesk(ticket.DeskId);
            throw Refuse(QueueErrorCode.TicketAtAnotherDesk, ticket, move, other is null ? "—" : DeskLabel(other));
        }

        return ticket;
    }
}
