using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

public class QueueEngineTests
{
    private readonly EngineHarness _h = new();

    private QueueEngine Engine => _h.Engine;

    [Fact]
    public void Issue_OpenService_NumbersFollowThePrefixFromOne()
    {
        var first = _h.Issue("a");
        var second = _h.Issue("a");
        var other = _h.Issue("sk");

        Assert.Equal("A001", first.Number.ToString());
        Assert.Equal("A002", second.Number.ToString());
        Assert.Equal("SK001", other.Number.ToString());
        Assert.Equal(TicketStatus.Waiting, first.Status);
        Assert.Equal(new DateOnly(2026, 11, 23), first.ServiceDate);
        Assert.Equal(MoveKind.Issue, Assert.Single(first.History).Kind);
    }

    [Fact]
    public void Issue_Token_IsLongRandomAndNotTheNumber()
    {
        var tickets = Enumerable.Range(0, 50).Select(_ => _h.Issue()).ToList();

        Assert.All(tickets, t => Assert.True(t.Token.Length >= 43, t.Token));
        Assert.Equal(50, tickets.Select(t => t.Token).Distinct().Count());
        Assert.All(tickets, t => Assert.DoesNotContain(t.Number.ToString(), t.Token, StringComparison.Ordinal));
        Assert.Same(tickets[7], Engine.FindByToken(tickets[7].Token));
    }

    [Fact]
    public void Issue_SameIdempotencyKeyTwice_GivesOneTicket()
    {
        var first = Engine.Issue(new IssueRequest("a", IdempotencyKey: "kiosk-1:confirm-42"));
        var again = Engine.Issue(new IssueRequest("a", IdempotencyKey: "kiosk-1:confirm-42"));

        Assert.Equal(first.Id, again.Id);
        Assert.Single(_h.Store.AllTickets);
        Assert.Single(_h.Events);
    }

    [Fact]
    public void Issue_UnknownService_IsRefusedAndNothingIsStored()
    {
        var error = Refused(() => Engine.Issue(new IssueRequest("no-such-service")));

        Assert.Equal(QueueErrorCode.UnknownService, error.Code);
        Assert.Equal("Layanan tidak dikenal: no-such-service", error.Error.Describe(Indonesian));
        Assert.Equal("Unknown service: no-such-service", error.Message);
        Assert.Empty(_h.Store.AllTickets);
    }

    [Fact]
    public void Issue_HugeAndScriptServiceId_RefusalEchoesOnlyAShortPrefix()
    {
        var hostile = "<script>alert(1)</script>" + new string('x', 100_000);

        var error = Refused(() => Engine.Issue(new IssueRequest(hostile)));

        Assert.Equal(QueueErrorCode.UnknownService, error.Code);
        Assert.True(error.Message.Length < 100, error.Message);
    }

    [Fact]
    public void Issue_StoreWriteFails_NothingChangesAndTheNumberIsNotSkipped()
    {
        _h.Issue("a");
        _h.Store.FailNextWrite = true;

        Assert.Throws<IOException>(() => Engine.Issue(new IssueRequest("a")));
        var next = _h.Issue("a");

        Assert.Equal("A002", next.Number.ToString());
        Assert.Equal(2, Engine.TicketsToday().Count);
        Assert.Equal(2, _h.Events.Count);
    }

    [Fact]
    public void Issue_StoreCommitsThenThrows_MemoryFollowsTheStoreAndNoNumberRepeats()
    {
        _h.Issue("a");
        _h.Store.ThrowAfterNextWrite = true;

        Assert.Throws<IOException>(() => Engine.Issue(new IssueRequest("a")));
        var next = _h.Issue("a");

        Assert.Equal(["A001", "A002", "A003"], _h.Store.AllTickets.Select(t => t.Number.ToString()).Order());
        Assert.Equal("A003", next.Number.ToString());
        Assert.Equal(3, Engine.TicketsToday().Count);
    }

    [Fact]
    public void CallNext_SeveralWaiting_CallsTheOldestAndRecordsDeskAndOfficer()
    {
        var first = _h.Issue("a");
        _h.Issue("a");
        _h.SignIn("loket-01", "officer-7");

        var called = Engine.CallNext("loket-01", "officer-7");

        Assert.Equal(first.Id, called.Id);
        Assert.Equal(TicketStatus.Called, called.Status);
        Assert.Equal("loket-01", called.DeskId);
        Assert.Equal("officer-7", called.OfficerId);
        Assert.Equal(_h.Clock.GetUtcNow(), called.CalledAt);
        var move = called.History[^1];
        Assert.Equal((MoveKind.Call, TicketStatus.Waiting, TicketStatus.Called, "loket-01", "officer-7"), (move.Kind, move.From, move.To, move.DeskId, move.OfficerId));
    }

    [Fact]
    public void ClockSetBack_MovesAreNeverStampedBeforeTheSitesLatestMove_AfterARestartToo()
    {
        // A clock stepped back (NTP), or a second node whose clock is behind: no call before its ticket's issue.
        var clock = new SettableClock(_h.Clock.GetUtcNow());
        var engine = new QueueEngine(_h.Store, clock, new QueueNotifier());
        var issuedAt = engine.Issue(new IssueRequest("a")).History[0].At;
        clock.Now = issuedAt.AddSeconds(-40);
        var called = engine.CallNext("loket-01");
        Assert.Equal(issuedAt, called.History[^1].At);
        Assert.Equal(TimeSpan.Zero, called.CalledAt - called.History[0].At);

        var restarted = new QueueEngine(_h.Store, clock, new QueueNotifier());
        clock.Now = issuedAt.AddSeconds(-20);
        Assert.Equal(issuedAt, restarted.Finish("loket-01", called.Id).History[^1].At);

        // The clock going on is followed again.
        clock.Now = issuedAt.AddMinutes(3);
        Assert.Equal(issuedAt.AddMinutes(3), restarted.Issue(new IssueRequest("a")).History[0].At);
    }

    private sealed class SettableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void CallNext_DeskStillHasATicket_IsRefusedNamingTheTicket()
    {
        _h.Issue("a");
        _h.Issue("a");
        Engine.CallNext("loket-01");

        var error = Refused(() => Engine.CallNext("loket-01"));

        Assert.Equal(QueueErrorCode.DeskBusy, error.Code);
        Assert.Equal("Loket 1 masih menangani A001. Selesaikan dulu sebelum memanggil berikutnya.", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void CallNext_NobodyWaiting_IsRefused()
    {
        var error = Refused(() => Engine.CallNext("loket-01"));

        Assert.Equal(QueueErrorCode.NothingWaiting, error.Code);
        Assert.Equal("Nobody is waiting for desk 1.", error.Message);
    }

    [Fact]
    public void CallNext_UnknownDesk_IsRefused()
    {
        var error = Refused(() => Engine.CallNext("loket-99"));

        Assert.Equal(QueueErrorCode.UnknownDesk, error.Code);
        Assert.Equal("Loket tidak dikenal: loket-99", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void CallNext_OnlyFromTheDesksServices()
    {
        _h.Issue("sk");
        _h.Issue("a");

        var called = Engine.CallNext("loket-01");

        Assert.Equal("A001", called.Number.ToString());
        Assert.Equal(QueueErrorCode.NothingWaiting, Refused(() => Engine.CallNext("loket-03")).Code);
    }

    [Fact]
    public void CallNext_DeskPaused_IsRefusedUntilResumed()
    {
        _h.Issue("a");
        Engine.PauseDesk("loket-01", PauseReason.Prayer);

        Assert.Equal(QueueErrorCode.DeskPaused, Refused(() => Engine.CallNext("loket-01")).Code);
        Engine.ResumeDesk("loket-01");

        Assert.Equal("A001", Engine.CallNext("loket-01").Number.ToString());
    }

    [Fact]
    public void PauseDesk_Twice_IsRefused_AndResumeOfARunningDeskIsRefused()
    {
        Assert.Equal(QueueErrorCode.DeskNotPaused, Refused(() => Engine.ResumeDesk("loket-01")).Code);
        _h.SignIn("loket-01", "o1");
        var state = Engine.PauseDesk("loket-01", PauseReason.Meeting, officerId: "o1");

        Assert.True(state.Paused);
        Assert.Equal(PauseReason.Meeting, Engine.DeskStateOf("loket-01").Reason);
        Assert.Equal(QueueErrorCode.DeskPaused, Refused(() => Engine.PauseDesk("loket-01", PauseReason.Break)).Code);
    }

    [Fact]
    public void PauseDesk_OtherWithoutNote_NeedsAReason_AndABusyDeskCannotPause()
    {
        Assert.Equal(QueueErrorCode.ReasonRequired, Refused(() => Engine.PauseDesk("loket-01", PauseReason.Other, "  ")).Code);
        _h.Issue("a");
        Engine.CallNext("loket-01");

        Assert.Equal(QueueErrorCode.DeskBusy, Refused(() => Engine.PauseDesk("loket-01", PauseReason.Break)).Code);
    }

    [Fact]
    public void Recall_CalledTicket_CountsRecalls()
    {
        _h.Issue("a");
        var called = Engine.CallNext("loket-01");

        Engine.Recall("loket-01", called.Id);
        var twice = Engine.Recall("loket-01", called.Id);

        Assert.Equal(2, twice.RecallCount);
        Assert.Equal(TicketStatus.Called, twice.Status);
        Assert.Equal(QueueEventKind.TicketRecalled, _h.Events[^1].Kind);
    }

    [Fact]
    public void Recall_FromAnotherDesk_IsRefusedNamingTheDesk()
    {
        _h.Issue("a");
        var called = Engine.CallNext("loket-01");

        var error = Refused(() => Engine.Recall("loket-02", called.Id));

        Assert.Equal(QueueErrorCode.TicketAtAnotherDesk, error.Code);
        Assert.Equal("A001 sedang ditangani di loket lain (1).", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void ServeAndFinish_RecordsEveryTimestamp()
    {
        var issued = _h.Issue("a");
        _h.SignIn("loket-01", "o1");
        var called = Engine.CallNext("loket-01", "o1");
        _h.Clock.Advance(TimeSpan.FromMinutes(2));
        var serving = Engine.StartServing("loket-01", called.Id, "o1");
        _h.Clock.Advance(TimeSpan.FromMinutes(7));
        var done = Engine.Finish("loket-01", called.Id, "o1");

        Assert.Equal(TicketStatus.Done, done.Status);
        Assert.Equal(issued.IssuedAt, done.IssuedAt);
        Assert.Equal(serving.ServingAt, done.ServingAt);
        Assert.Equal(TimeSpan.FromMinutes(7), done.FinishedAt - done.ServingAt);
        Assert.Equal([MoveKind.Issue, MoveKind.Call, MoveKind.StartServing, MoveKind.Finish], done.History.Select(m => m.Kind));
        Assert.Null(Engine.CurrentTicket("loket-01"));
    }

    [Fact]
    public void Finish_AlreadyDone_SaysSoInBothLanguages()
    {
        _h.Issue("a");
        var called = Engine.CallNext("loket-01");
        Engine.Finish("loket-01", called.Id);

        var error = Refused(() => Engine.Finish("loket-01", called.Id));

        Assert.Equal(QueueErrorCode.IllegalMove, error.Code);
        Assert.Equal("Tidak dapat menyelesaikan: A001 sudah selesai.", error.Error.Describe(Indonesian));
        Assert.Equal("Cannot finish: A001 is already done.", error.Message);
    }

    [Fact]
    public void Finish_FromCalled_TakesServingToStartAtTheCall()
    {
        _h.Issue("a");
        var called = Engine.CallNext("loket-01");
        _h.Clock.Advance(TimeSpan.FromMinutes(5));

        var done = Engine.Finish("loket-01", called.Id);

        Assert.Equal(called.CalledAt, done.ServingAt);
    }

    [Fact]
    public void NoShow_BeforeAnyRecall_IsRefused_AfterARecall_IsAccepted()
    {
        _h.Issue("a");
        var called = Engine.CallNext("loket-01");

        var error = Refused(() => Engine.MarkNoShow("loket-01", called.Id));
        Engine.Recall("loket-01", called.Id);
        var noShow = Engine.MarkNoShow("loket-01", called.Id);

        Assert.Equal(QueueErrorCode.NoShowNeedsRecall, error.Code);
        Assert.Equal("A001 must be recalled at least 1 time(s) before it is marked as a no-show.", error.Message);
        Assert.Equal(TicketStatus.NoShow, noShow.Status);
        Assert.Null(Engine.CurrentTicket("loket-01"));
    }

    [Fact]
    public void Restore_WithinGrace_PutsTheTicketBackAtItsArrival()
    {
        var first = _h.Issue("a");
        _h.Issue("a");
        Engine.CallNext("loket-01");
        Engine.Recall("loket-01", first.Id);
        Engine.MarkNoShow("loket-01", first.Id);
        _h.Clock.Advance(TimeSpan.FromMinutes(29));

        var restored = Engine.Restore(first.Id, "loket-01");

        Assert.Equal(TicketStatus.Waiting, restored.Status);
        Assert.Equal(first.Id, Engine.CallNext("loket-01").Id);
    }

    [Fact]
    public void Restore_AfterGrace_IsRefused()
    {
        var first = _h.Issue("a");
        Engine.CallNext("loket-01");
        Engine.Recall("loket-01", first.Id);
        Engine.MarkNoShow("loket-01", first.Id);
        _h.Clock.Advance(TimeSpan.FromMinutes(31));

        var error = Refused(() => Engine.Restore(first.Id));

        Assert.Equal(QueueErrorCode.GraceExpired, error.Code);
        Assert.Equal("Batas waktu untuk mengembalikan A001 ke antrian sudah lewat (30 menit).", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void Transfer_KeepsNumberAndArrival_AndTakesItsPlaceByArrivalInTheOtherService()
    {
        var early = _h.Issue("a");
        _h.Issue("sk");
        _h.Issue("sk");
        var called = Engine.CallNext("loket-01");
        _h.SignIn("loket-01", "o1");

        var moved = Engine.Transfer("loket-01", called.Id, "sk", "o1", "butuh SKCK dulu");

        Assert.Equal("A001", moved.Number.ToString());
        Assert.Equal(early.ArrivedAt, moved.ArrivedAt);
        Assert.Equal(("sk", "a", TicketStatus.Waiting), (moved.ServiceId, moved.TransferredFromServiceId, moved.Status));
        Assert.Equal("butuh SKCK dulu", moved.History[^1].Note);
        Assert.Equal(moved.Id, Engine.CallNext("loket-04").Id);
        Assert.Equal("a", _h.Events.Single(e => e.Kind == QueueEventKind.TicketTransferred).FromServiceId);
    }

    [Fact]
    public void Transfer_ToTheSameOrAnUnknownService_IsRefused()
    {
        _h.Issue("a");
        var called = Engine.CallNext("loket-01");

        Assert.Equal(QueueErrorCode.SameService, Refused(() => Engine.Transfer("loket-01", called.Id, "a")).Code);
        Assert.Equal(QueueErrorCode.UnknownService, Refused(() => Engine.Transfer("loket-01", called.Id, "zzz")).Code);
        Assert.Equal(TicketStatus.Called, Engine.FindTicket(called.Id)!.Status);
    }

    [Fact]
    public void HoldAndResume_FreesTheDeskThenCallsTheTicketBack()
    {
        _h.Issue("a");
        var second = _h.Issue("a");
        var first = Engine.CallNext("loket-01");

        var held = Engine.Hold("loket-01", first.Id, note: "ambil fotokopi KK");
        var next = Engine.CallNext("loket-01");
        Engine.Finish("loket-01", next.Id);
        var back = Engine.Resume("loket-01", first.Id);

        Assert.Equal(TicketStatus.Held, held.Status);
        Assert.Equal(second.Id, next.Id);
        Assert.Equal(TicketStatus.Called, back.Status);
        Assert.Equal(QueueEventKind.TicketResumed, _h.Events[^1].Kind);
    }

    [Fact]
    public void Resume_AtADeskThatDoesNotServeTheService_IsRefused()
    {
        _h.Issue("a");
        var first = Engine.CallNext("loket-01");
        Engine.Hold("loket-01", first.Id);

        Assert.Equal(QueueErrorCode.DeskDoesNotServe, Refused(() => Engine.Resume("loket-04", first.Id)).Code);
    }

    [Fact]
    public void CallSpecific_WithoutReason_IsRefused_WithReason_CallsThatTicket()
    {
        _h.Issue("a");
        var second = _h.Issue("a");

        Assert.Equal(QueueErrorCode.ReasonRequired, Refused(() => Engine.CallSpecific("loket-01", second.Id, " ")).Code);
        var called = Engine.CallSpecific("loket-01", second.Id, "dokumen susulan");

        Assert.Equal(second.Id, called.Id);
        Assert.Equal((MoveKind.CallSpecific, "dokumen susulan"), (called.History[^1].Kind, called.History[^1].Note));
    }

    [Fact]
    public void Cancel_Waiting_IsAccepted_ThenNotCalled()
    {
        var ticket = _h.Issue("a");

        var cancelled = Engine.CancelByToken(ticket.Token);

        Assert.Equal(TicketStatus.Cancelled, cancelled.Status);
        Assert.Equal(QueueErrorCode.NothingWaiting, Refused(() => Engine.CallNext("loket-01")).Code);
    }

    [Fact]
    public void Cancel_UnknownToken_IsRefused()
    {
        Assert.Equal(QueueErrorCode.UnknownTicket, Refused(() => Engine.CancelByToken("not-a-token")).Code);
        Assert.Null(Engine.FindByToken(new string('a', 5000)));
    }

    public static TheoryData<TicketStatus, MoveKind> IllegalMoves => new()
    {
        { TicketStatus.Waiting, MoveKind.Recall },
        { TicketStatus.Waiting, MoveKind.StartServing },
        { TicketStatus.Waiting, MoveKind.Finish },
        { TicketStatus.Waiting, MoveKind.NoShow },
        { TicketStatus.Waiting, MoveKind.Restore },
        { TicketStatus.Waiting, MoveKind.Transfer },
        { TicketStatus.Waiting, MoveKind.Hold },
        { TicketStatus.Waiting, MoveKind.Resume },
        { TicketStatus.Called, MoveKind.Cancel },
        { TicketStatus.Called, MoveKind.CallSpecific },
        { TicketStatus.Called, MoveKind.Restore },
        { TicketStatus.Called, MoveKind.Resume },
        { TicketStatus.Serving, MoveKind.Recall },
        { TicketStatus.Serving, MoveKind.StartServing },
        { TicketStatus.Serving, MoveKind.NoShow },
        { TicketStatus.Serving, MoveKind.Cancel },
        { TicketStatus.Held, MoveKind.Finish },
        { TicketStatus.Held, MoveKind.Recall },
        { TicketStatus.Held, MoveKind.Cancel },
        { TicketStatus.Done, MoveKind.Recall },
        { TicketStatus.Done, MoveKind.Finish },
        { TicketStatus.Done, MoveKind.Transfer },
        { TicketStatus.Done, MoveKind.Cancel },
        { TicketStatus.Done, MoveKind.Hold },
        { TicketStatus.NoShow, MoveKind.Finish },
        { TicketStatus.NoShow, MoveKind.Recall },
        { TicketStatus.Cancelled, MoveKind.CallSpecific },
        { TicketStatus.Cancelled, MoveKind.Restore },
        { TicketStatus.Cancelled, MoveKind.Cancel },
    };

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Move_FromAStateThatDoesNotAllowIt_IsRefusedNamingTicketStateAndMove(TicketStatus status, MoveKind move)
    {
        var ticket = Bring(status);
        var before = _h.Store.AllTickets.Single();

        var error = Refused(() => Apply(move, ticket.Id));

        Assert.Equal(QueueErrorCode.IllegalMove, error.Code);
        Assert.Equal((status, move, "A001"), (error.Error.Status!.Value, error.Error.Move!.Value, error.Error.Ticket));
        Assert.StartsWith("Tidak dapat ", error.Error.Describe(Indonesian), StringComparison.Ordinal);
        Assert.Contains("A001", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, _h.Store.AllTickets.Single());
    }

    [Fact]
    public void Move_OnATicketOfAnotherDay_IsRefused()
    {
        var yesterday = _h.Issue("a");
        _h.Clock.Advance(TimeSpan.FromDays(1));
        _h.Issue("a");

        var error = Refused(() => Engine.CallSpecific("loket-01", yesterday.Id, "terlewat kemarin"));

        Assert.Equal(QueueErrorCode.TicketOfAnotherDay, error.Code);
        Assert.Equal("A001 is a ticket of another day (2026-11-23); cannot call this ticket.", error.Message);
        Assert.Equal(TicketStatus.Waiting, _h.Store.FindTicket(yesterday.Id)!.Status);
    }

    [Fact]
    public void Move_OnAnUnknownTicket_IsRefused()
    {
        var error = Refused(() => Engine.Finish("loket-01", "does-not-exist"));

        Assert.Equal(QueueErrorCode.UnknownTicket, error.Code);
        Assert.Equal("Nomor antrian tidak ditemukan: does-not-exist", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void Events_EveryMoveRaisesOneWithAGrowingSequence()
    {
        _h.Issue("a");
        var called = Engine.CallNext("loket-01");
        Engine.Recall("loket-01", called.Id);
        Engine.StartServing("loket-01", called.Id);
        Engine.Finish("loket-01", called.Id);
        Engine.PauseDesk("loket-01", PauseReason.Break);

        Assert.Equal(
            [QueueEventKind.TicketIssued, QueueEventKind.TicketCalled, QueueEventKind.TicketRecalled, QueueEventKind.ServingStarted, QueueEventKind.TicketFinished, QueueEventKind.DeskPaused],
            _h.Events.Select(e => e.Kind));
        Assert.Equal([1L, 2, 3, 4, 5, 6], _h.Events.Select(e => e.Sequence));
        Assert.Equal("zona-1", _h.Events[1].ZoneId);
        Assert.Equal(1, _h.Events[1].Desk!.Number);
    }

    [Fact]
    public void Events_AThrowingListener_DoesNotStopTheEngineOrOtherListeners()
    {
        var failures = new List<Exception>();
        _h.Notifier.HandlerFailed += failures.Add;
        var later = new List<QueueEvent>();
        _h.Notifier.Subscribe(_ => throw new InvalidOperationException("broken screen"));
        _h.Notifier.Subscribe(later.Add);

        var ticket = _h.Issue("a");

        Assert.Equal(TicketStatus.Waiting, ticket.Status);
        Assert.Single(later);
        Assert.Single(failures);
    }

    [Fact]
    public void Restart_SequenceAndNumbersContinue()
    {
        _h.Issue("a");
        Engine.CallNext("loket-01");
        var lastSequence = Engine.LastSequence;

        var engine = _h.Restart();
        var next = engine.Issue(new IssueRequest("a"));

        Assert.Equal("A002", next.Number.ToString());
        Assert.Equal(lastSequence + 1, next.LastSequence);
        Assert.Equal("loket-01", engine.CurrentTicket("loket-01")!.DeskId);
    }

    [Fact]
    public void PeopleAhead_CountsThoseCalledBefore()
    {
        _h.Issue("a");
        _h.Issue("a");
        var third = _h.Issue("a");
        var priority = _h.Issue("a", PriorityGroup.Elderly);

        Assert.Equal(3, Engine.PeopleAhead(Engine.FindTicket(third.Id)!));
        Assert.Equal(0, Engine.PeopleAhead(Engine.FindTicket(priority.Id)!));
    }

    [Fact]
    public void WaitingForDesk_MergesTheDesksServicesInCallingOrder()
    {
        var a1 = _h.Issue("a");
        var b1 = _h.Issue("b");
        var a2 = _h.Issue("a");

        var order = Engine.WaitingForDesk("loket-02").Select(r => r.Ticket.Id).ToList();

        Assert.Equal([a1.Id, b1.Id, a2.Id], order);
        Assert.Equal(a1.Id, Engine.CallNext("loket-02").Id);
        Assert.Equal(b1.Id, Engine.CallNext("loket-01") is var c && c.Id == a2.Id ? b1.Id : "wrong");
    }

    [Fact]
    public void RecentCalls_SameClockTick_NewestCallFirstAndRecallsCountAgain()
    {
        var first = Engine.Issue(new IssueRequest("a"));
        var second = Engine.Issue(new IssueRequest("a"));
        var third = Engine.Issue(new IssueRequest("sk"));
        Engine.CallNext("loket-01");
        Engine.CallNext("loket-02");
        Engine.CallNext("loket-04");
        Engine.Recall("loket-01", first.Id);

        var calls = Engine.RecentCalls("zona-1", 10).Select(t => t.Id).ToList();
        var current = Engine.CurrentTicketsInZone("zona-1");

        Assert.Equal([first.Id, third.Id, second.Id], calls);
        Assert.Equal(first.Id, current["loket-01"].Id);
        Assert.Equal(3, current.Count);
        Assert.Empty(Engine.CurrentTicketsInZone("zona-2"));
    }

    [Fact]
    public void RecentCalls_TicketPutOnHold_IsNoLongerACallUntilResumed()
    {
        var first = Engine.Issue(new IssueRequest("a"));
        var second = Engine.Issue(new IssueRequest("sk"));
        Engine.CallNext("loket-04");
        Engine.CallNext("loket-01");

        Engine.Hold("loket-01", first.Id);

        Assert.Equal([second.Id], Engine.Snapshot.RecentCallsIn("zona-1", 10).Select(t => t.Id));
        Assert.DoesNotContain(Engine.Snapshot.CurrentTicketsInZone("zona-1").Values, t => t.Id == first.Id);

        Engine.Resume("loket-01", first.Id);

        Assert.Equal([first.Id, second.Id], Engine.Snapshot.RecentCallsIn("zona-1", 10).Select(t => t.Id));
    }

    private Ticket Bring(TicketStatus status)
    {
        var ticket = _h.Issue("a");
        switch (status)
        {
            case TicketStatus.Waiting:
                return ticket;
            case TicketStatus.Cancelled:
                return Engine.CancelByToken(ticket.Token);
        }

        Engine.CallNext("loket-01");
        return status switch
        {
            TicketStatus.Called => Engine.FindTicket(ticket.Id)!,
            TicketStatus.Serving => Engine.StartServing("loket-01", ticket.Id),
            TicketStatus.Held => Engine.Hold("loket-01", ticket.Id),
            TicketStatus.Done => Engine.Finish("loket-01", ticket.Id),
            TicketStatus.NoShow => NoShow(ticket),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
    }

    private Ticket NoShow(Ticket ticket)
    {
        Engine.Recall("loket-01", ticket.Id);
        return Engine.MarkNoShow("loket-01", ticket.Id);
    }

    private Ticket Apply(MoveKind move, string id) => move switch
    {
        MoveKind.Recall => Engine.Recall("loket-01", id),
        MoveKind.StartServing => Engine.StartServing("loket-01", id),
        MoveKind.Finish => Engine.Finish("loket-01", id),
        MoveKind.NoShow => Engine.MarkNoShow("loket-01", id),
        MoveKind.Restore => Engine.Restore(id),
        MoveKind.Transfer => Engine.Transfer("loket-01", id, "sk"),
        MoveKind.Hold => Engine.Hold("loket-01", id),
        MoveKind.Resume => Engine.Resume("loket-02", id),
        MoveKind.Cancel => Engine.Cancel(id),
        MoveKind.CallSpecific => Engine.CallSpecific("loket-02", id, "alasan"),
        _ => throw new ArgumentOutOfRangeException(nameof(move)),
    };
}
