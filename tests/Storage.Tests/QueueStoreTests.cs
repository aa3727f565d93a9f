using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

public abstract class QueueStoreTests(StoreHost host) : IDisposable
{
    protected StoreHost Host { get; } = host;

    private readonly ITestStore _store = host.Open();

    public void Dispose()
    {
        _store.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void LastNumber_NothingIssued_IsZero()
    {
        Assert.Equal(0, _store.LastNumber(TestData.Day, "A"));
    }

    [Fact]
    public void InsertTicket_NewTicket_AdvancesLastNumberOfItsDayAndPrefixOnly()
    {
        _store.InsertTicket(TestData.Ticket("t-1", "A", 1), null);
        _store.InsertTicket(TestData.Ticket("t-2", "A", 2), null);
        _store.InsertTicket(TestData.Ticket("t-3", "SK", 7), null);

        Assert.Equal(2, _store.LastNumber(TestData.Day, "A"));
        Assert.Equal(7, _store.LastNumber(TestData.Day, "SK"));
        Assert.Equal(0, _store.LastNumber(TestData.Day.AddDays(1), "A"));
        Assert.Equal(0, _store.LastNumber(TestData.Day, "B"));
    }

    [Fact]
    public void InsertTicket_LowerSequenceThanCounter_NeverMovesTheCounterBack()
    {
        _store.InsertTicket(TestData.Ticket("t-9", "A", 9), null);
        _store.InsertTicket(TestData.Ticket("t-4", "A", 4), null);

        Assert.Equal(9, _store.LastNumber(TestData.Day, "A"));
    }

    [Fact]
    public void InsertTicket_WithCheckedInBooking_StoresTheBookingToo()
    {
        var booked = TestData.Booking(ticketId: null) with { State = BookingState.Booked };
        _store.SaveBooking(booked);
        var checkedIn = booked with { State = BookingState.CheckedIn, TicketId = "t-1" };

        _store.InsertTicket(TestData.Ticket("t-1", "A", 1) with { BookingCode = booked.Code }, checkedIn);

        DeepAssert.Equal(checkedIn, _store.FindBooking(booked.Code));
    }

    [Fact]
    public void FindTicketByToken_InsertedTicket_FindsIt()
    {
        _store.InsertTicket(TestData.Ticket("t-1", "A", 1, token: "tok-one"), null);
        _store.InsertTicket(TestData.Ticket("t-2", "A", 2, token: "tok-two"), null);

        Assert.Equal("t-2", _store.FindTicketByToken("tok-two")?.Id);
        Assert.Null(_store.FindTicketByToken("tok-three"));
    }

    [Fact]
    public void InsertTicket_DuplicateToken_ThrowsAndLeavesTicketsCounterAndBookingUnchanged()
    {
        _store.InsertTicket(TestData.Ticket("t-1", "A", 1, token: "tok-same"), null);
        var booking = TestData.Booking(code: "BK-DUP", ticketId: "t-2");

        Host.AssertRefused(() => _store.InsertTicket(TestData.Ticket("t-2", "A", 2, token: "tok-same"), booking));

        Assert.Equal(1, _store.LastNumber(TestData.Day, "A"));
        Assert.Null(_store.FindTicket("t-2"));
        Assert.Null(_store.FindBooking("BK-DUP"));
        Assert.Equal("t-1", _store.FindTicketByToken("tok-same")?.Id);
        Assert.Single(_store.LoadTickets(TestData.Day));
    }

    [Fact]
    public void InsertTicket_DuplicateId_ThrowsAndLeavesCounterUnchanged()
    {
        _store.InsertTicket(TestData.Ticket("t-1", "A", 1), null);

        Host.AssertRefused(() => _store.InsertTicket(TestData.Ticket("t-1", "A", 2, token: "tok-other"), null));

        Assert.Equal(1, _store.LastNumber(TestData.Day, "A"));
        Assert.Null(_store.FindTicketByToken("tok-other"));
    }

    [Fact]
    public void InsertTicket_AfterRefusedInsert_StoreKeepsWorking()
    {
        _store.InsertTicket(TestData.Ticket("t-1", "A", 1, token: "tok-same"), null);
        Host.AssertRefused(() => _store.InsertTicket(TestData.Ticket("t-2", "A", 2, token: "tok-same"), null));

        _store.InsertTicket(TestData.Ticket("t-2", "A", 2), null);

        Assert.Equal(2, _store.LastNumber(TestData.Day, "A"));
    }

    [Fact]
    public void UpdateTicket_CalledTicket_ReadsBackTheNewState()
    {
        var waiting = TestData.Ticket("t-1", "A", 1);
        _store.InsertTicket(waiting, null);
        var called = waiting with
        {
            Status = TicketStatus.Called,
            CalledAt = TestData.At(9, 0),
            FirstCalledAt = TestData.At(9, 0),
            DeskId = "desk-3",
            History = waiting.History.Add(new TicketMove(5, MoveKind.Call, TestData.At(9, 0), TicketStatus.Waiting, TicketStatus.Called, "desk-3", "off-1", null)),
        };

        _store.UpdateTicket(called);

        DeepAssert.Equal(called, _store.FindTicket("t-1"));
    }

    [Fact]
    public void UpdateTicket_NeverInserted_ThrowsAndStoresNothing()
    {
        Assert.Throws<KeyNotFoundException>(() => _store.UpdateTicket(TestData.Ticket("t-ghost", "A", 1)));

        Assert.Null(_store.FindTicket("t-ghost"));
    }

    [Fact]
    public void LoadTickets_TwoDays_ReturnsOnlyTheGivenDayInIssueOrder()
    {
        _store.InsertTicket(TestData.Ticket("t-2", "A", 2), null);
        _store.InsertTicket(TestData.Ticket("t-1", "A", 1), null);
        _store.InsertTicket(TestData.Ticket("t-next", "A", 1, day: TestData.Day.AddDays(1), token: "tok-next"), null);

        Assert.Equal(["t-1", "t-2"], _store.LoadTickets(TestData.Day).Select(t => t.Id));
        Assert.Equal(["t-next"], _store.LoadTickets(TestData.Day.AddDays(1)).Select(t => t.Id));
        Assert.Empty(_store.LoadTickets(TestData.Day.AddDays(2)));
    }

    [Fact]
    public void LastSequence_EmptyStore_IsZero()
    {
        Assert.Equal(0, _store.LastSequence());
    }

    [Fact]
    public void LastSequence_TicketHighest_ReturnsTheTicketsLastMove()
    {
        _store.InsertTicket(TestData.Ticket("t-1", "A", 1, lastSequence: 90), null);
        _store.InsertTicket(TestData.Ticket("t-2", "A", 2, lastSequence: 12), null);
        _store.SaveDeskState(TestData.DeskState(lastSequence: 40));

        Assert.Equal(90, _store.LastSequence());
    }

    [Fact]
    public void LastSequence_DeskStateHighest_ReturnsTheDeskStates()
    {
        _store.InsertTicket(TestData.Ticket("t-1", "A", 1, lastSequence: 90), null);
        _store.SaveDeskState(TestData.DeskState(lastSequence: 140));

        Assert.Equal(140, _store.LastSequence());
    }

    [Fact]
    public void LastSequence_TicketUpdatedPastOthers_FollowsTheUpdate()
    {
        var ticket = TestData.Ticket("t-1", "A", 1, lastSequence: 3);
        _store.InsertTicket(ticket, null);
        _store.InsertTicket(TestData.Ticket("t-2", "A", 2, lastSequence: 10), null);

        _store.UpdateTicket(ticket with { History = ticket.History.Add(ticket.History[0] with { Sequence = 11, Kind = MoveKind.Cancel }) });

        Assert.Equal(11, _store.LastSequence());
    }

    [Fact]
    public void SaveDeskState_SameDeskTwice_KeepsOneStatePerDesk()
    {
        _store.SaveDeskState(TestData.DeskState(lastSequence: 1));
        _store.SaveDeskState(TestData.DeskState(lastSequence: 2) with { Paused = false, Reason = null, Since = null });

        var state = Assert.Single(_store.LoadDeskStates());
        Assert.False(state.Paused);
        Assert.Null(state.Reason);
        Assert.Equal(2, state.LastSequence);
    }
}

public sealed class QueueStoreOnLiteDbTests() : QueueStoreTests(new LiteStoreHost());

public sealed class QueueStoreOnPostgresTests() : QueueStoreTests(new PostgresStoreHost("QueueStore"));
