using MppQueue.Core;
using MppQueue.Counter.Console;
using MppQueue.Counter.Tests.Support;
using MudBlazor;

namespace MppQueue.Counter.Tests;

/// <summary>The desk console page's state and decisions without rendering: one move at a time, keys, panels, refusals.</summary>
public class DeskConsoleTests : CounterTestBase
{
    // Two visitors wait at a desk whose console asks who is pressing through `Asked`, answered when the test says so.
    private async Task<(Desk Desk, Officer Officer, TaskCompletionSource<Officer?> Asked, DeskConsole Console)> TwoWaitingAsync()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        var asked = new TaskCompletionSource<Officer?>(TaskCreationOptions.RunContinuationsAsynchronously);
        return (desk, officer, asked, await Open(desk, officer, () => asked.Task));
    }

    [Fact]
    public async Task MoveAsync_SecondPressWhileTheFirstRuns_MakesNothing()
    {
        var (desk, officer, asked, console) = await TwoWaitingAsync();

        var first = console.MoveAsync(console.For(DeskCommand.CallNext));
        Assert.True(console.Busy);
        var second = await console.MoveAsync(console.For(DeskCommand.CallNext));
        asked.SetResult(officer);
        var made = await first;

        Assert.Equal(MoveOutcome.NotMade, second.Outcome);
        Assert.Equal(MoveOutcome.Made, made.Outcome);
        Assert.Equal(Severity.Success, made.Notice?.Severity);
        Assert.False(console.Busy);
        Assert.Single(Engine.Snapshot.Line("ktp-el").Waiting);
    }

    [Fact]
    public async Task Choose_WhileAMoveRuns_OpensNothing_TheListStaysOfferedThroughout()
    {
        var (desk, officer, asked, console) = await TwoWaitingAsync();
        var waiting = console.View.Waiting[1].Ticket;

        // A pause runs: the waiting list stays offered (it need not render for the move), but a choice waits for nothing.
        var pause = console.MoveAsync(DeskMoves.Pause(Engine, PauseReason.Break, null));
        Assert.True(console.Busy);
        Assert.True(console.CanChoose);
        Assert.False(console.CanCallNext);
        console.Choose(waiting);
        Assert.Equal(ConsolePanel.None, console.Panels.Open);
        asked.SetResult(officer);
        await pause;

        // Paused, nobody is offered; back at work, a choice opens its panel.
        console.Read(Engine.Snapshot, desk.Id, Time.GetUtcNow());
        Assert.False(console.CanChoose);
        await console.MoveAsync(console.For(DeskCommand.ResumeDesk));
        console.Read(Engine.Snapshot, desk.Id, Time.GetUtcNow());
        Assert.True(console.CanChoose);
        console.Choose(waiting);
        Assert.Equal(ConsolePanel.CallSpecific, console.Panels.Open);
        Assert.Equal(waiting.Id, console.Panels.Chosen?.Id);
    }

    [Fact]
    public async Task MoveAsync_AccountDisabledMeanwhile_SignsOutAndMovesNothing()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var console = await Open(desk, officer, () => Task.FromResult<Officer?>(null));

        var result = await console.MoveAsync(console.For(DeskCommand.CallNext));

        Assert.Equal(MoveOutcome.SignedOut, result.Outcome);
        Assert.Equal(Severity.Error, result.Notice?.Severity);
        Assert.Null(Engine.Snapshot.Desk(desk.Id)!.Current);
    }

    [Fact]
    public async Task MoveAsync_EngineRefuses_SaysWhyAsAWarningAndIsReadyForTheNext()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var called = Engine.CallNext(desk.Id, officer.Id);
        var console = await Open(desk, officer);

        // Finished from elsewhere while this console still shows the visitor.
        Engine.Finish(desk.Id, called.Id, officer.Id);
        var result = await console.MoveAsync(console.For(DeskCommand.Finish));

        Assert.Equal(MoveOutcome.Refused, result.Outcome);
        Assert.Equal(Severity.Warning, result.Notice?.Severity);
        Assert.False(result.Notice!.NeedsAction);
        Assert.Contains(called.Number.ToString(), result.Notice.Message, StringComparison.Ordinal);
        Assert.False(console.Busy);
    }

    [Fact]
    public async Task MoveAsync_AColleagueTookTheDeskOver_SaysSoAsSomethingToActOn()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var console = await Open(desk, officer);
        Engine.SignInToDesk(desk.Id, SaveOfficer("rekan", desk.AgencyId), takeOver: true);

        var result = await console.MoveAsync(console.For(DeskCommand.CallNext));

        Assert.Equal(MoveOutcome.Refused, result.Outcome);
        Assert.Equal((Severity.Error, true), (result.Notice?.Severity, result.Notice?.NeedsAction));
        Assert.Null(Engine.Snapshot.Desk(desk.Id)!.Current);
    }

    [Fact]
    public async Task ForKey_PanelOpen_OnlyEscapeActsAndItClosesThePanel()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var called = Engine.CallNext(desk.Id, officer.Id);
        var console = await Open(desk, officer);

        Assert.Null(console.ForKey("F7"));
        Assert.Equal(ConsolePanel.Transfer, console.Panels.Open);
        Assert.Null(console.ForKey("F4"));
        Assert.Null(console.ForKey("Escape"));
        Assert.Equal(ConsolePanel.None, console.Panels.Open);

        var finish = console.ForKey("F4");
        Assert.NotNull(finish);
        await console.MoveAsync(finish);
        Assert.Equal(TicketStatus.Done, Engine.Snapshot.Tickets[called.Id].Status);
    }

    [Fact]
    public async Task CallChosen_ReasonGiven_CallsThatTicketAndClosesItsPanel()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var chosen = Engine.Issue(new IssueRequest("ktp-el"));
        var console = await Open(desk, officer);
        Assert.Null(console.CallChosen("berkas"));

        console.Choose(console.View.Waiting.Single(r => r.Ticket.Id == chosen.Id).Ticket);
        var result = await console.MoveAsync(console.CallChosen("berkas"));

        Assert.Equal(MoveOutcome.Made, result.Outcome);
        Assert.Equal(ConsolePanel.None, console.Panels.Open);
        Assert.Null(console.Panels.Chosen);
        Assert.Equal(chosen.Id, Engine.Snapshot.Desk(desk.Id)!.Current?.Id);
    }

    [Fact]
    public async Task OtherHolderId_DeskHeldBySomeoneElse_NamesThemButNotMe()
    {
        var desk = DeskFor("ktp-el");
        var holder = AtDesk(desk);
        var colleague = SaveOfficer("rekan", desk.AgencyId);
        var mine = await Open(desk, holder);
        var theirs = await Open(desk, colleague);

        Assert.Null(mine.OtherHolderId);
        Assert.True(mine.IsHolder);
        Assert.Equal(holder.Id, theirs.OtherHolderId);
        Assert.False(theirs.IsHolder);
        Assert.False(theirs.CanCallNext);
    }

    // The console as the page opens it for `me`; before each move the account is read again through `beforeMove`.
    private async Task<DeskConsole> Open(Desk desk, Officer me, Func<Task<Officer?>>? beforeMove = null)
    {
        var identified = false;
        var console = new DeskConsole(Engine, () =>
        {
            if (!identified)
            {
                identified = true;
                return Task.FromResult<Officer?>(me);
            }

            return beforeMove?.Invoke() ?? Task.FromResult<Officer?>(me);
        });
        await console.IdentifyAsync();
        console.Read(Engine.Snapshot, desk.Id, Time.GetUtcNow());
        return console;
    }
}
