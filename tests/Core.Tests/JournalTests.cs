using System.Text.Json;
using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

/// <summary>
/// The journal the engine writes with every move, for webhooks and clients catching up: one entry per move, written by
/// the same store call as the move, in order, with the move's sequence number and data that names no person.
/// </summary>
public class JournalTests
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private static readonly BookingRules Rules = new()
    {
        Open = true,
        Sessions = [new BookingSession(new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)), 5), new BookingSession(new TimeRange(new TimeOnly(10, 0), new TimeOnly(11, 0)), 5)],
    };

    private readonly EngineHarness _h = new(TestSite.Build(adjust: s => s.Id == "a" ? s with { Booking = Rules } : s), new DateTime(2026, 11, 23, 9, 0, 0));

    [Fact]
    public void TicketAndDeskMoves_EachWriteOneEntryWithTheirSequence_InOrder()
    {
        var officer = _h.SignIn("loket-01");
        var ticket = _h.Issue();
        _h.Engine.CallNext("loket-01", officer.Id);
        _h.Engine.Recall("loket-01", ticket.Id, officer.Id);
        _h.Engine.StartServing("loket-01", ticket.Id, officer.Id);
        var done = _h.Engine.Finish("loket-01", ticket.Id, officer.Id);
        _h.Engine.PauseDesk("loket-01", PauseReason.Prayer, "Dzuhur", officer.Id);
        _h.Engine.SignOutOfDesk("loket-01", officer.Id);

        var journal = _h.Store.Journal;
        Assert.Equal(
            ["desk.opened", "ticket.issued", "ticket.called", "ticket.recalled", "ticket.serving", "ticket.done", "desk.paused", "desk.closed"],
            journal.Select(e => e.Type.Name()));
        Assert.Equal(journal.Select(e => e.Sequence).Order(), journal.Select(e => e.Sequence));
        Assert.Equal(journal.Count, journal.Select(e => e.Sequence).Distinct().Count());
        Assert.Equal(done.History.Select(m => m.Sequence), journal.Where(e => e.TicketId == ticket.Id).Select(e => e.Sequence));
        Assert.Equal(journal.Count, journal.Select(e => e.EventId).Distinct().Count());

        using var finished = JsonDocument.Parse(journal[5].Data);
        var data = finished.RootElement;
        Assert.Equal("A001", data.GetProperty("ticket").GetProperty("number").GetString());
        Assert.Equal("done", data.GetProperty("ticket").GetProperty("status").GetString());
        Assert.Equal("finish", data.GetProperty("move").GetProperty("kind").GetString());
        Assert.Equal(done.FinishedAt, data.GetProperty("ticket").GetProperty("finishedAt").GetDateTimeOffset());
        Assert.Equal(("disdukcapil", "loket-01"), (journal[5].AgencyId, journal[5].DeskId));
        using var paused = JsonDocument.Parse(journal[6].Data);
        Assert.Equal("paused", paused.RootElement.GetProperty("desk").GetProperty("state").GetString());
        Assert.Equal("prayer", paused.RootElement.GetProperty("desk").GetProperty("reason").GetString());
        Assert.DoesNotContain("Dzuhur", journal[6].Data, StringComparison.Ordinal);
    }

    [Fact]
    public void BookingChanges_WriteTheirEntries_AndCheckInWritesTheTicketAndTheBooking()
    {
        var secret = new BookingSecret(new string('k', 40));
        var kept = _h.Engine.Book(new BookingRequest("a", Tuesday, new TimeOnly(9, 0), BookingHolder.From("081200000001", "3201234567890123", secret)));
        var other = _h.Engine.Book(new BookingRequest("a", Tuesday, new TimeOnly(9, 0), BookingHolder.From("081200000002", null, secret)));
        _h.Engine.MoveBooking(kept.Token, Tuesday, new TimeOnly(10, 0));
        _h.Engine.CancelBooking(other.Token);
        var today = _h.Engine.LoadAgencyBookings("disdukcapil", [new AgencyBooking("AGEN0001", "a", _h.Engine.Today, new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)))])[0];
        var ticket = _h.Engine.CheckIn(today.Code);

        var journal = _h.Store.Journal;
        Assert.Equal(
            ["booking.created", "booking.created", "booking.moved", "booking.cancelled", "booking.created", "ticket.issued", "booking.checked_in"],
            journal.Select(e => e.Type.Name()));
        Assert.Equal(journal[^2].Sequence, journal[^1].Sequence);
        Assert.Equal((ticket.Id, "AGEN0001"), (journal[^1].TicketId, journal[^1].BookingCode));
        Assert.True(journal.Take(6).Select(e => e.Sequence).Zip(journal.Skip(1).Take(5).Select(e => e.Sequence)).All(p => p.First < p.Second));
        Assert.All(journal, e => Assert.DoesNotContain("6281200000001", e.Data, StringComparison.Ordinal));
        Assert.All(journal, e => Assert.DoesNotContain("0123", e.Data, StringComparison.Ordinal));
        using var moved = JsonDocument.Parse(journal[2].Data);
        Assert.Equal("10:00:00", moved.RootElement.GetProperty("booking").GetProperty("sessionStart").GetString());

        // A restart goes on from the highest sequence, bookings' included.
        var last = journal[^1].Sequence;
        var restarted = _h.Restart();
        restarted.Book(new BookingRequest("a", Tuesday, new TimeOnly(9, 0), BookingHolder.From("081200000003", null, secret)));
        Assert.Equal(last + 1, _h.Store.Journal[^1].Sequence);
    }

    [Fact]
    public void AgencyBookingLoadedAgainUnchanged_WritesNothing_AndAChangedSessionIsInTheJournal()
    {
        var nine = new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0));
        _h.Engine.LoadAgencyBookings("disdukcapil", [new AgencyBooking("AGEN0002", "a", Tuesday, nine)]);

        // Every stored change of a booking has its journal entry (the other nodes follow the journal): the same
        // line again stores nothing at all.
        var writes = _h.Store.Writes;
        var again = _h.Engine.LoadAgencyBookings("disdukcapil", [new AgencyBooking("agen0002", "a", Tuesday, nine)])[0];
        Assert.Equal(writes, _h.Store.Writes);
        Assert.Equal(("AGEN0002", nine), (again.Code, again.Window));

        var ten = new TimeRange(new TimeOnly(10, 0), new TimeOnly(11, 0));
        Assert.Equal(ten, _h.Engine.LoadAgencyBookings("disdukcapil", [new AgencyBooking("AGEN0002", "a", Tuesday, ten)])[0].Window);
        Assert.Equal(["booking.created", "booking.moved"], _h.Store.Journal.Select(e => e.Type.Name()));
    }

    [Fact]
    public void FailedWrite_LeavesNoEntry()
    {
        _h.Store.FailNextWrite = true;

        Assert.ThrowsAny<Exception>(() => _h.Engine.Issue(new IssueRequest("a")));

        Assert.Empty(_h.Store.Journal);
        _h.Engine.Issue(new IssueRequest("a"));
        Assert.Equal("ticket.issued", Assert.Single(_h.Store.Journal).Type.Name());
    }

    [Theory]
    [InlineData("ticket.no_show", JournalEventType.TicketNoShow)]
    [InlineData("booking.checked_in", JournalEventType.BookingCheckedIn)]
    [InlineData("desk.closed", JournalEventType.DeskClosed)]
    public void Names_ReadBackToTheirType(string name, JournalEventType type)
    {
        Assert.Equal(type, JournalEventTypes.Parse(name));
        Assert.Equal(name, type.Name());
    }

    [Fact]
    public void Names_AreDistinct_AndUnknownIsNull()
    {
        Assert.Equal(JournalEventTypes.All.Count, JournalEventTypes.All.Select(t => t.Name()).Distinct(StringComparer.Ordinal).Count());
        Assert.Null(JournalEventTypes.Parse("ticket.teleported"));
    }
}
