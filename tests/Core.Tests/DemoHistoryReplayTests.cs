using Microsoft.Extensions.Time.Testing;
using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

/// <summary>
/// Plays days of the demo history through the real engine, move by move and desk change by desk change at their own
/// times: every visitor takes a number (or checks in), every desk calls next, serves, pauses and signs in and out as
/// recorded. The engine must accept every step, call the very ticket the history says (its calling order), and end with
/// the same tickets, moves, sequences, audit entries and bookings: the history is what the engine would have written.
/// </summary>
[Collection(DemoHistoryCollection.Name)]
public class DemoHistoryReplayTests(DemoHistoryFixture history)
{
    [Theory]
    [InlineData(4)] // the first Friday: the prayer break, Samsat closing at 11:30, the bank's tellers taking turns
    [InlineData(6)] // an officer away and a colleague moving to her desk mid-morning
    [InlineData(20)] // the demo day up to the start: tickets and desks left as they are at 09:00
    public void Replay_DayThroughTheEngine_EngineRecordsTheSameTicketsMovesSessionsAndBookings(int workingDay)
    {
        var day = history.WorkingDays[workingDay];
        var batch = history.Batch;
        var zone = history.Zone;
        var store = new InMemoryQueueStore();
        CatalogEditor.SeedIfEmpty(store, history.Catalog, [.. DemoMpp.Officers(), .. DemoStaff.Colleagues()]);
        var generated = batch.Tickets.Where(t => t.ServiceDate == day).ToList();
        var bookings = batch.Bookings.Where(b => b.Date == day).ToList();
        foreach (var booking in bookings)
        {
            // As the day began: cancelled bookings were cancelled the days before; the others still held their place.
            store.SaveBooking(booking.State == BookingState.Cancelled ? booking : booking with { State = BookingState.Booked, TicketId = null });
        }

        var audit = batch.Audit.Where(a => history.LocalDay(a.At) == day).ToList();
        var clock = new FakeTimeProvider(SiteClock.ToInstant(day, new TimeOnly(6, 0), zone));
        var engine = new QueueEngine(store, clock, new QueueNotifier());
        var officers = store.LoadOfficers().ToDictionary(o => o.Id);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);

        var steps = generated.SelectMany(t => t.History.Select(m => (m.At, Order: m.Sequence, Ticket: (Ticket?)t, Move: (TicketMove?)m, Entry: (AuditEntry?)null)))
            .Concat(audit.Select((a, i) => (a.At, Order: (long)i, Ticket: (Ticket?)null, Move: (TicketMove?)null, Entry: (AuditEntry?)a)))
            .OrderBy(s => s.At)
            .ThenBy(s => s.Order);
        foreach (var (at, _, ticket, move, entry) in steps)
        {
            clock.SetUtcNow(at);
            if (entry is not null)
            {
                Apply(engine, entry, officers);
                continue;
            }

            var number = ticket!.Number.ToString();
            var id = ids.GetValueOrDefault(number, string.Empty);
            var desk = move!.DeskId!;
            var moved = move.Kind switch
            {
                MoveKind.Issue => engine.Issue(new IssueRequest(ticket.IssuingServiceId, ticket.Priority)),
                MoveKind.CheckIn => engine.CheckIn(ticket.BookingCode, priority: ticket.Priority),
                MoveKind.Call => engine.CallNext(desk, move.OfficerId),
                MoveKind.Recall => engine.Recall(desk, id, move.OfficerId),
                MoveKind.StartServing => engine.StartServing(desk, id, move.OfficerId),
                MoveKind.Finish => engine.Finish(desk, id, move.OfficerId),
                MoveKind.NoShow => engine.MarkNoShow(desk, id, move.OfficerId),
                MoveKind.Restore => engine.Restore(id, desk, move.OfficerId),
                MoveKind.Transfer => engine.Transfer(desk, id, ticket.ServiceId, move.OfficerId, move.Note),
                MoveKind.Hold => engine.Hold(desk, id, move.OfficerId, move.Note),
                MoveKind.Resume => engine.Resume(desk, id, move.OfficerId),
                MoveKind.Cancel => engine.CancelByToken(engine.FindTicket(id)!.Token),
                _ => throw new InvalidOperationException($"the history has a {move.Kind} move"),
            };
            Assert.True(number == moved.Number.ToString(), $"{move.Kind} at {desk} at {at:O}: the engine moved {moved.Number}, the history {number}");
            ids[number] = moved.Id;
        }

        var demoDay = day == DemoHistoryFixture.DemoDay;
        if (!demoDay)
        {
            clock.SetUtcNow(SiteClock.ToInstant(day, new TimeOnly(23, 0), zone));
            engine.ExpireBookings();
        }

        // The same tickets with the same moves, and the same sequence numbers once both count from the day's first move.
        var replayed = store.LoadTickets(day).ToDictionary(t => t.Number.ToString());
        var offset = generated.SelectMany(t => t.History).Min(m => m.Sequence) - replayed.Values.SelectMany(t => t.History).Min(m => m.Sequence);
        Assert.Equal(generated.Count, replayed.Count);
        foreach (var expected in generated)
        {
            var actual = replayed[expected.Number.ToString()];
            Assert.Equal(expected with { Id = "", Token = "", History = [] }, actual with { Id = "", Token = "", History = [] });
            Assert.Equal(expected.History.AsEnumerable(), actual.History.Select(m => m with { Sequence = m.Sequence + offset }));
        }

        Assert.Equal(audit.Select(a => (a.At, a.ActorId, a.Action, a.Subject, a.Detail)), store.Audit.Select(a => (a.At, a.ActorId, a.Action, a.Subject, a.Detail)));
        // At the end of a day every desk is signed out; at the demo day's start they are as the history leaves them (who paused a
        // desk last is left out: the replay starts without the days before).
        static object Seen(DeskState s) => (s.DeskId, s.SignedInOfficerId, s.Paused, s.Reason, s.Note);
        var expectedDesks = demoDay ? batch.DeskStates.Where(s => audit.Any(a => a.Subject == s.DeskId)).Select(Seen) : store.LoadDeskStates().Select(s => (object)(s.DeskId, (string?)null, false));
        Assert.Equal(expectedDesks.OrderBy(s => s.ToString()), store.LoadDeskStates().Select(s => demoDay ? Seen(s) : (s.DeskId, s.SignedInOfficerId, s.Paused)).OrderBy(s => s.ToString()));
        var finalBookings = store.LoadBookings(day, day).ToDictionary(b => b.Code);
        Assert.All(bookings, b => Assert.Equal(b.State, finalBookings[b.Code].State));
    }

    private static void Apply(QueueEngine engine, AuditEntry entry, Dictionary<string, Officer> officers)
    {
        var officer = entry.ActorId!;
        switch (entry.Action)
        {
            case "DeskSignedIn":
                engine.SignInToDesk(entry.Subject, officers[officer]);
                break;
            case "DeskSignedOut" when entry.Detail is null:
                engine.SignOutOfDesk(entry.Subject, officer);
                break;
            case "DeskSignedOut":
                // "moved to …": the engine signs the officer out of this desk itself, with the sign-in that follows.
                break;
            case "DeskPaused":
                var parts = entry.Detail!.Split(": ", 2);
                engine.PauseDesk(entry.Subject, Enum.Parse<PauseReason>(parts[0]), parts.Length > 1 ? parts[1] : null, officer);
                break;
            case "DeskResumed":
                engine.ResumeDesk(entry.Subject, officer);
                break;
            default:
                throw new InvalidOperationException($"the history has an audit entry {entry.Action}");
        }
    }
}
