using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

/// <summary>"Saya terlambat": a waiting visitor lets the next three people go first, once.</summary>
public class PostponeTests
{
    private readonly EngineHarness _h = new();

    [Fact]
    public void Postpone_Waiting_GoesBehindTheNextThreeAndKeepsItsNumber()
    {
        var late = _h.Issue("a");
        var others = Enumerable.Range(0, 4).Select(_ => _h.Issue("a")).ToList();

        var moved = _h.Engine.PostponeByToken(late.Token);
        var order = _h.Engine.WaitingForService("a").Select(r => r.Ticket.Number.ToString()).ToList();

        Assert.Equal("A001", moved.Number.ToString());
        Assert.Equal(["A002", "A003", "A004", "A001", "A005"], order);
        Assert.Equal(3, _h.Engine.PeopleAhead(moved));
        Assert.Equal(late.IssuedAt, moved.IssuedAt);
        Assert.Equal((MoveKind.Postpone, "3"), (moved.History[^1].Kind, moved.History[^1].Note));
        Assert.Equal(QueueEventKind.TicketPostponed, _h.Events[^1].Kind);
    }

    [Fact]
    public void Postpone_FewerBehindThanThree_GoesToTheEnd()
    {
        var late = _h.Issue("a");
        _h.Issue("a");

        _h.Engine.PostponeByToken(late.Token);

        Assert.Equal(["A002", "A001"], _h.Engine.WaitingForService("a").Select(r => r.Ticket.Number.ToString()));
    }

    [Fact]
    public void Postpone_Twice_IsRefused()
    {
        var late = _h.Issue("a");
        _h.Issue("a");
        _h.Issue("a");
        _h.Engine.PostponeByToken(late.Token);

        var error = Refused(() => _h.Engine.PostponeByToken(late.Token));

        Assert.Equal(QueueErrorCode.AlreadyPostponed, error.Code);
        Assert.Equal("A001 sudah pernah mundur antrian; ini hanya bisa sekali.", error.Error.Describe(Indonesian));
    }

    [Fact]
    public void Postpone_NobodyBehind_IsRefused()
    {
        var alone = _h.Issue("a");

        Assert.Equal(QueueErrorCode.NobodyBehind, Refused(() => _h.Engine.PostponeByToken(alone.Token)).Code);
        Assert.Single(_h.Engine.FindByToken(alone.Token)!.History);
    }

    [Fact]
    public void Postpone_AfterBeingCalled_IsRefused()
    {
        var ticket = _h.Issue("a");
        _h.Issue("a");
        _h.Engine.CallNext("loket-01");

        var error = Refused(() => _h.Engine.PostponeByToken(ticket.Token));

        Assert.Equal(QueueErrorCode.IllegalMove, error.Code);
        Assert.Equal("Cannot move back in the queue: A001 is being called.", error.Message);
    }
}
