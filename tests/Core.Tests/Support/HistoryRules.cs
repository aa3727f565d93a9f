namespace MppQueue.Core.Tests.Support;

/// <summary>
/// The engine's rules, written out again independently of the generator and of the engine, to check a generated
/// history: each move's transition, who made it where and when (a desk that serves the ticket's service, its officer
/// signed in there, not paused, one ticket at a time), the issuing rules of a day, the desk sessions in the audit trail
/// as <c>QueueEngine.CommitDesk</c> writes them, and one sequence for everything. Returns what is wrong, in words.
/// </summary>
public static class HistoryRules
{
    public static List<string> Check(SiteCatalog catalog, HistoryBatch batch)
    {
        var problems = new List<string>();
        var zone = catalog.Site.TimeZone;

        // The day after the last finished one runs up to the batch's end: what is under way then may stay so.
        var running = batch.Until is null ? (DateOnly?)null : batch.LastDay.AddDays(1);
        var sessions = Sessions(catalog, batch.Audit, problems, running);
        var occupied = new Dictionary<string, List<(DateTimeOffset From, DateTimeOffset To, string Ticket)>>(StringComparer.Ordinal);

        var byDesk = sessions.GroupBy(s => s.DeskId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var ticket in batch.Tickets)
        {
            CheckTicket(catalog, ticket, byDesk, occupied, problems, ticket.ServiceDate == running);
        }

        // One ticket at a time per desk, and never while the desk is paused.
        foreach (var (deskId, spans) in occupied)
        {
            var ordered = spans.OrderBy(s => s.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].From < ordered[i - 1].To)
                {
                    problems.Add($"{deskId}: {ordered[i].Ticket} called at {ordered[i].From:O} while {ordered[i - 1].Ticket} was there until {ordered[i - 1].To:O}");
                }
            }

            foreach (var pause in sessions.Where(s => s.DeskId == deskId).SelectMany(s => s.Pauses))
            {
                if (ordered.FirstOrDefault(s => s.From < pause.To && pause.From < s.To) is { Ticket: not null } clash)
                {
                    problems.Add($"{deskId}: paused at {pause.From:O} with {clash.Ticket} at the desk");
                }
            }
        }

        // One sequence for every move, in the order the moves happened.
        var moves = batch.Tickets.SelectMany(t => t.History).OrderBy(m => m.Sequence).ToList();
        if (moves.Select(m => m.Sequence).Distinct().Count() != moves.Count)
        {
            problems.Add("two moves share a sequence");
        }

        for (var i = 1; i < moves.Count; i++)
        {
            if (moves[i].At < moves[i - 1].At)
            {
                problems.Add($"move {moves[i].Sequence} at {moves[i].At:O} is before move {moves[i - 1].Sequence} at {moves[i - 1].At:O}");
                break;
            }
        }

        if (moves.Count > 0 && batch.LastSequence < moves[^1].Sequence)
        {
            problems.Add($"the batch's last sequence {batch.LastSequence} is below its last move's {moves[^1].Sequence}");
        }

        // Numbers restart each day at 1 and follow the order of issue, per prefix.
        foreach (var group in batch.Tickets.GroupBy(t => (t.ServiceDate, t.Number.Prefix)))
        {
            var numbers = group.OrderBy(t => t.IssuedAt).Select(t => t.Number.Sequence).ToList();
            if (!numbers.SequenceEqual(Enumerable.Range(1, numbers.Count)))
            {
                problems.Add($"{group.Key.ServiceDate} {group.Key.Prefix}: numbers {string.Join(",", numbers.Take(10))}… are not 1..n in order of issue");
            }
        }

        // Every desk's stored state is what its last session says: signed out, or (on the running day) still signed in, paused or not.
        foreach (var state in batch.DeskStates)
        {
            var open = sessions.FirstOrDefault(s => s.DeskId == state.DeskId && s.To == DateTimeOffset.MaxValue);
            if (state.SignedInOfficerId != open?.OfficerId || state.Paused != (open?.PausedSince is not null))
            {
                problems.Add($"{state.DeskId}: its state after the history does not match its audit trail");
            }
        }

        foreach (var at in batch.Tickets.SelectMany(t => t.History.Select(m => m.At)).Concat(batch.Audit.Select(a => a.At)))
        {
            var day = DateOnly.FromDateTime(SiteClock.ToLocal(at, zone));
            if (day < batch.FirstDay || (day > batch.LastDay && (day != running || at > batch.Until)))
            {
                problems.Add($"{at:O} is outside the history");
                break;
            }
        }

        return problems;
    }

    /// <summary>Each desk's sessions (sign-in to sign-out, one officer) with their pauses, from the audit trail.</summary>
    public static List<Session> Sessions(SiteCatalog catalog, IReadOnlyList<AuditEntry> audit, List<string> problems, DateOnly? running = null)
    {
        var sessions = new List<Session>();
        var open = new Dictionary<string, Session>(StringComparer.Ordinal);
        var pausedSince = new Dictionary<string, (DateTimeOffset At, PauseReason Reason)>(StringComparer.Ordinal);
        var zone = catalog.Site.TimeZone;
        for (var i = 0; i < audit.Count; i++)
        {
            var entry = audit[i];
            var desk = catalog.FindDesk(entry.Subject);
            if (desk is null || entry.ActorId is null)
            {
                problems.Add($"audit {entry.Action} names no known desk or officer: {entry.Subject} / {entry.ActorId}");
                continue;
            }

            open.TryGetValue(desk.Id, out var session);
            switch (entry.Action)
            {
                case "DeskSignedIn":
                    if (session is not null)
                    {
                        problems.Add($"{desk.Id}: signed in at {entry.At:O} while {session.OfficerId} still is");
                    }

                    if (open.Values.Any(s => s.OfficerId == entry.ActorId))
                    {
                        problems.Add($"{entry.ActorId}: signed in at {desk.Id} at {entry.At:O} while holding another desk");
                    }

                    if (entry.Detail is not null)
                    {
                        problems.Add($"{desk.Id}: sign-in detail '{entry.Detail}'");
                    }

                    open[desk.Id] = new Session(desk.Id, entry.ActorId, entry.At);
                    break;
                case "DeskSignedOut":
                    if (session is null || session.OfficerId != entry.ActorId)
                    {
                        problems.Add($"{desk.Id}: {entry.ActorId} signed out at {entry.At:O} without holding it");
                        break;
                    }

                    if (pausedSince.ContainsKey(desk.Id))
                    {
                        problems.Add($"{desk.Id}: signed out at {entry.At:O} while paused");
                    }

                    if (entry.Detail is { } moved)
                    {
                        var next = i + 1 < audit.Count ? audit[i + 1] : null;
                        if (!moved.StartsWith("moved to ", StringComparison.Ordinal) || next is null || next.Action != "DeskSignedIn"
                            || next.ActorId != entry.ActorId || next.At != entry.At || "moved to " + next.Subject != moved)
                        {
                            problems.Add($"{desk.Id}: sign-out '{moved}' at {entry.At:O} is not followed by the sign-in it names");
                        }
                    }

                    session.To = entry.At;
                    sessions.Add(session);
                    open.Remove(desk.Id);
                    if (DateOnly.FromDateTime(SiteClock.ToLocal(session.From, zone)) != DateOnly.FromDateTime(SiteClock.ToLocal(session.To, zone)))
                    {
                        problems.Add($"{desk.Id}: a session crosses midnight");
                    }

                    break;
                case "DeskPaused":
                    var parts = entry.Detail?.Split(": ", 2);
                    if (session is null || session.OfficerId != entry.ActorId || pausedSince.ContainsKey(desk.Id)
                        || parts is null || !Enum.TryParse<PauseReason>(parts[0], out var reason) || (reason == PauseReason.Other && parts.Length < 2))
                    {
                        problems.Add($"{desk.Id}: pause '{entry.Detail}' by {entry.ActorId} at {entry.At:O} is not a pause the engine writes then");
                        break;
                    }

                    pausedSince[desk.Id] = (entry.At, reason);
                    break;
                case "DeskResumed":
                    if (session is null || session.OfficerId != entry.ActorId || !pausedSince.TryGetValue(desk.Id, out var since) || entry.Detail is not null)
                    {
                        problems.Add($"{desk.Id}: resume by {entry.ActorId} at {entry.At:O} without a pause");
                        break;
                    }

                    session.Pauses.Add(new Pause(since.At, entry.At, since.Reason));
                    pausedSince.Remove(desk.Id);
                    break;
                default:
                    problems.Add($"unexpected audit action {entry.Action}");
                    break;
            }

            if (entry.Action == "DeskSignedIn" && catalog.Desks.TryGetValue(desk.Id, out var configured))
            {
                var agency = DemoStaff.Colleagues().Concat(DemoMpp.Officers()).FirstOrDefault(o => o.Id == entry.ActorId)?.AgencyId;
                if (agency is not null && agency != configured.AgencyId)
                {
                    problems.Add($"{entry.ActorId} of {agency} signed in at {desk.Id} of {configured.AgencyId}");
                }
            }
        }

        foreach (var session in open.Values)
        {
            if (DateOnly.FromDateTime(SiteClock.ToLocal(session.From, zone)) != running)
            {
                problems.Add($"{session.DeskId}: never signed out");
            }

            session.PausedSince = pausedSince.TryGetValue(session.DeskId, out var still) ? still.At : null;
            if (session.PausedSince is { } since)
            {
                session.Pauses.Add(new Pause(since, DateTimeOffset.MaxValue, pausedSince[session.DeskId].Reason));
            }

            sessions.Add(session);
        }

        return sessions;
    }

    private static void CheckTicket(
        SiteCatalog catalog,
        Ticket ticket,
        Dictionary<string, List<Session>> sessions,
        Dictionary<string, List<(DateTimeOffset From, DateTimeOffset To, string Ticket)>> occupied,
        List<string> problems,
        bool runningDay)
    {
        var name = $"{ticket.ServiceDate:yyyy-MM-dd} {ticket.Number}";
        void Problem(string what) => problems.Add($"{name}: {what}");
        var history = ticket.History;
        if (history.IsEmpty || history[0].Kind is not (MoveKind.Issue or MoveKind.CheckIn) || history[0].From != TicketStatus.Waiting || history[0].To != TicketStatus.Waiting)
        {
            Problem("does not start with an issue or a check-in");
            return;
        }

        if (history[0].At != ticket.IssuedAt || (ticket.Channel == TicketChannel.WalkIn && ticket.ArrivedAt != ticket.IssuedAt) || ticket.ArrivedAt > ticket.IssuedAt)
        {
            Problem("issued or arrived at another time than its first move");
        }

        var issuing = catalog.Services[ticket.IssuingServiceId];
        var open = ServiceCalendar.Check(catalog.Site, issuing, ticket.IssuedAt, QuotaUse.None, QuotaChannel.WalkIn);
        if (open.State != AvailabilityState.Open)
        {
            Problem($"issued at {ticket.IssuedAt:O} while {issuing.Id} was {open.State}");
        }

        if (ticket.Number.Prefix != issuing.Prefix || ticket.ServiceDate != DateOnly.FromDateTime(SiteClock.ToLocal(ticket.IssuedAt, catalog.Site.TimeZone)))
        {
            Problem("number or day not those of its issue");
        }

        var service = ticket.IssuingServiceId;
        var status = TicketStatus.Waiting;
        var recalls = 0;
        var transfers = 0;
        DateTimeOffset? noShowAt = null;
        (DateTimeOffset At, string Desk)? atDesk = null;
        TicketMove? previous = null;
        foreach (var move in history)
        {
            if (previous is not null && (move.Sequence <= previous.Sequence || move.At < previous.At))
            {
                Problem($"{move.Kind} out of order");
            }

            if (move.From != status)
            {
                Problem($"{move.Kind} from {move.From}, but the ticket was {status}");
            }

            var legal = move.Kind switch
            {
                MoveKind.Issue or MoveKind.CheckIn => previous is null && move.To == TicketStatus.Waiting,
                MoveKind.Call or MoveKind.CallSpecific => status == TicketStatus.Waiting && move.To == TicketStatus.Called,
                MoveKind.Recall => status == TicketStatus.Called && move.To == TicketStatus.Called,
                MoveKind.StartServing => status == TicketStatus.Called && move.To == TicketStatus.Serving,
                MoveKind.Finish => status is TicketStatus.Called or TicketStatus.Serving && move.To == TicketStatus.Done,
                MoveKind.NoShow => status == TicketStatus.Called && move.To == TicketStatus.NoShow && recalls >= catalog.Site.NoShowMinRecalls,
                MoveKind.Restore => status == TicketStatus.NoShow && move.To == TicketStatus.Waiting && noShowAt is { } gone && move.At - gone <= TimeSpan.FromMinutes(catalog.Site.NoShowGraceMinutes),
                MoveKind.Transfer => status is TicketStatus.Called or TicketStatus.Serving or TicketStatus.Held && move.To == TicketStatus.Waiting,
                MoveKind.Hold => status is TicketStatus.Called or TicketStatus.Serving && move.To == TicketStatus.Held,
                MoveKind.Resume => status == TicketStatus.Held && move.To == TicketStatus.Called,
                MoveKind.Cancel => status == TicketStatus.Waiting && move.To == TicketStatus.Cancelled,
                MoveKind.Postpone => status == TicketStatus.Waiting && move.To == TicketStatus.Waiting,
                _ => false,
            };
            if (!legal)
            {
                Problem($"{move.Kind} from {status} to {move.To} is not a move the engine makes");
            }

            var atADesk = move.Kind is not (MoveKind.Issue or MoveKind.CheckIn or MoveKind.Cancel or MoveKind.Postpone);
            if (atADesk)
            {
                var desk = move.DeskId is null ? null : catalog.FindDesk(move.DeskId);
                if (desk is null || move.OfficerId is null)
                {
                    Problem($"{move.Kind} names no desk or officer");
                }
                else
                {
                    if (!desk.ServiceIds.Contains(service))
                    {
                        Problem($"{move.Kind} at {desk.Id}, which does not serve {service}");
                    }

                    var session = sessions.GetValueOrDefault(desk.Id)?.FirstOrDefault(s => s.From <= move.At && move.At <= s.To);
                    if (session is null || session.OfficerId != move.OfficerId)
                    {
                        Problem($"{move.Kind} at {desk.Id} at {move.At:O} by {move.OfficerId}, who was not signed in there");
                    }
                    else if (session.Pauses.Any(p => p.From <= move.At && move.At < p.To))
                    {
                        Problem($"{move.Kind} at {desk.Id} at {move.At:O} while the desk was paused");
                    }
                }
            }
            else if (move.DeskId is not null || (move.Kind != MoveKind.Cancel && move.OfficerId is not null))
            {
                Problem($"{move.Kind} names a desk");
            }

            // The time the ticket holds its desk: from a call (or a held ticket resumed) until it leaves the desk.
            if (move.Kind is MoveKind.Call or MoveKind.CallSpecific or MoveKind.Resume)
            {
                atDesk = (move.At, move.DeskId!);
            }
            else if (atDesk is { } held && move.To is not (TicketStatus.Called or TicketStatus.Serving))
            {
                if (move.DeskId != held.Desk)
                {
                    Problem($"{move.Kind} at {move.DeskId}, but it was at {held.Desk}");
                }

                Occupy(occupied, held.Desk, held.At, move.At, name);
                atDesk = null;
            }
            else if (atDesk is { } here && move.DeskId != here.Desk)
            {
                Problem($"{move.Kind} at {move.DeskId}, but it was at {here.Desk}");
            }

            recalls = move.Kind switch
            {
                MoveKind.Recall => recalls + 1,
                MoveKind.Call or MoveKind.CallSpecific or MoveKind.Resume or MoveKind.Restore or MoveKind.Transfer => 0,
                _ => recalls,
            };
            noShowAt = move.Kind == MoveKind.NoShow ? move.At : noShowAt;
            if (move.Kind == MoveKind.Transfer)
            {
                // The generator sends a visitor on at most once, so the service moved to is the ticket's last.
                transfers++;
                service = ticket.ServiceId;
            }

            status = move.To;
            previous = move;
        }

        if (atDesk is { } stillThere)
        {
            if (!runningDay)
            {
                Problem("left at a desk at the end of its day");
            }

            Occupy(occupied, stillThere.Desk, stillThere.At, DateTimeOffset.MaxValue, name);
        }

        var first = history.FirstOrDefault(m => m.Kind is MoveKind.Call or MoveKind.CallSpecific);
        var last = history[^1];
        if (ticket.Status != status || ticket.ServiceId != service || transfers > 1 || ticket.LastSequence != last.Sequence
            || ticket.FirstCalledAt != first?.At
            || (ticket.Status == TicketStatus.Done && ticket.FinishedAt != last.At)
            || (ticket.Status == TicketStatus.NoShow && ticket.NoShowAt != last.At)
            || (ticket.Status == TicketStatus.Cancelled && ticket.CancelledAt != last.At)
            || (transfers == 1) != (ticket.TransferredFromServiceId is not null))
        {
            Problem("its fields do not say what its moves say");
        }
    }

    private static void Occupy(Dictionary<string, List<(DateTimeOffset, DateTimeOffset, string)>> occupied, string desk, DateTimeOffset from, DateTimeOffset to, string ticket)
    {
        if (!occupied.TryGetValue(desk, out var spans))
        {
            spans = [];
            occupied[desk] = spans;
        }

        spans.Add((from, to, ticket));
    }

    public sealed class Session(string deskId, string officerId, DateTimeOffset from)
    {
        public string DeskId { get; } = deskId;

        public string OfficerId { get; } = officerId;

        public DateTimeOffset From { get; } = from;

        /// <summary>The sign-out; <see cref="DateTimeOffset.MaxValue"/> while still signed in at the end of the history.</summary>
        public DateTimeOffset To { get; set; } = DateTimeOffset.MaxValue;

        public List<Pause> Pauses { get; } = [];

        /// <summary>Paused since then at the end of the history (still signed in).</summary>
        public DateTimeOffset? PausedSince { get; set; }
    }

    public sealed record Pause(DateTimeOffset From, DateTimeOffset To, PauseReason Reason);
}
