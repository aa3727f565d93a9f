using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Board;

namespace MppQueue.Kiosk.Tests;

/// <summary>The phone page's rules without rendering: place, people behind, a recall as a new call, what concerns the page.</summary>
public class PhoneTicketViewTests : ComponentTestBase
{
    [Fact]
    public void Read_ThirdInLine_ShowsTwoAheadOneBehindAndNoCall()
    {
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));

        var view = PhoneTicketView.Read(Engine, Engine.Snapshot, mine.Token)!;

        Assert.True(view.IsToday);
        Assert.True(view.IsWaiting);
        Assert.Equal(2, view.Facts.PeopleAhead);
        Assert.Equal(1, view.Behind);
        Assert.Null(view.CallKey);
    }

    [Fact]
    public void Read_CalledThenRecalled_GivesANewCallKeyAndTheCallingDesk()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var desk = DeskFor("ktp-el");
        Engine.CallNext(desk.Id);
        var called = PhoneTicketView.Read(Engine, Engine.Snapshot, mine.Token)!;
        Engine.Recall(desk.Id, mine.Id);
        var recalled = PhoneTicketView.Read(Engine, Engine.Snapshot, mine.Token)!;

        Assert.Equal(desk.Id, called.Desk?.Id);
        Assert.False(called.IsWaiting);
        Assert.NotNull(called.CallKey);
        Assert.NotEqual(called.CallKey, recalled.CallKey);
    }

    [Fact]
    public void Read_UnknownToken_IsNull() =>
        Assert.Null(PhoneTicketView.Read(Engine, Engine.Snapshot, "tidak-ada-tiket-dengan-token-seperti-ini"));

    [Fact]
    public void Concerns_MovesOfItsServiceAndItsTicket_NotOfOthers()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var other = Engine.Issue(new IssueRequest("skck"));
        var at = Time.GetUtcNow();

        Assert.True(PhoneTicketView.Concerns(mine, new QueueEvent(1, QueueEventKind.TicketIssued, at, mine, null, null)));
        Assert.False(PhoneTicketView.Concerns(mine, new QueueEvent(2, QueueEventKind.TicketIssued, at, other, null, null)));
        Assert.True(PhoneTicketView.Concerns(mine, new QueueEvent(3, QueueEventKind.TicketTransferred, at, other, null, null, FromServiceId: "ktp-el")));
        Assert.True(PhoneTicketView.Concerns(mine, new QueueEvent(4, QueueEventKind.DeskPaused, at, null, DeskFor("ktp-el"), null)));
        Assert.False(PhoneTicketView.Concerns(mine, new QueueEvent(5, QueueEventKind.DeskPaused, at, null, DeskFor("skck"), null)));
    }

    [Theory]
    [InlineData(TicketStatus.Done)]
    [InlineData(TicketStatus.Cancelled)]
    public void Concerns_TicketThatIsOver_OnlyItsOwnMovesAndTheConfiguration(TicketStatus status)
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el")) with { Status = status };
        var neighbour = Engine.Issue(new IssueRequest("ktp-el"));
        var at = Time.GetUtcNow();

        Assert.True(PhoneTicketView.Concerns(mine, new QueueEvent(1, QueueEventKind.TicketFinished, at, mine, null, null)));
        Assert.True(PhoneTicketView.Concerns(mine, new QueueEvent(2, QueueEventKind.CatalogChanged, at, null, null, null)));
        Assert.False(PhoneTicketView.Concerns(mine, new QueueEvent(3, QueueEventKind.TicketIssued, at, neighbour, null, null)));
        Assert.False(PhoneTicketView.Concerns(mine, new QueueEvent(4, QueueEventKind.TicketTransferred, at, neighbour, null, null, FromServiceId: "ktp-el")));
        Assert.False(PhoneTicketView.Concerns(mine, new QueueEvent(5, QueueEventKind.DeskPaused, at, null, DeskFor("ktp-el"), null)));
    }

    [Fact]
    public void Actions_DoubleTapOnConfirmCancel_CancelsOnceAndSaysSoOnce()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var actions = new PhoneActions();
        var moves = 0;
        string Cancel()
        {
            moves++;
            return PhoneActions.Cancel(Engine, mine.Token);
        }

        actions.Confirm(PhoneConfirm.Cancel, Cancel);     // not asked yet: nothing happens
        actions.Ask(PhoneConfirm.Cancel);
        actions.Confirm(PhoneConfirm.Cancel, Cancel);
        actions.Confirm(PhoneConfirm.Cancel, Cancel);     // the second tap finds nothing to confirm

        Assert.Equal(1, moves);
        Assert.Equal(TicketStatus.Cancelled, Engine.FindTicket(mine.Id)!.Status);
        Assert.Contains(mine.Number.ToString(), actions.Message, StringComparison.Ordinal);
        Assert.Null(actions.Error);
        Assert.Equal(PhoneConfirm.None, actions.Asking);
    }

    [Fact]
    public void Actions_PostponeWithNobodyBehind_IsRefusedOnThePageNotThrown()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var view = PhoneTicketView.Read(Engine, Engine.Snapshot, mine.Token)!;
        var actions = new PhoneActions();

        actions.Ask(PhoneConfirm.Postpone);
        actions.Confirm(PhoneConfirm.Postpone, () => PhoneActions.Postpone(Engine, mine.Token, view));

        Assert.Null(actions.Message);
        Assert.False(string.IsNullOrEmpty(actions.Error));
        Assert.NotNull(view.LateRefusal);
        Assert.False(actions.Busy);
    }
}
