using MppQueue.Core;
using MppQueue.Counter.Console;
using MppQueue.Counter.Tests.Support;

namespace MppQueue.Counter.Tests;

/// <summary>The desk console's rules without rendering: what an officer sees of a desk, read from one snapshot.</summary>
public class DeskConsoleViewTests : CounterTestBase
{
    [Fact]
    public void Read_DeskWithACallAHoldAndANoShow_ShowsEachInItsPlaceAndTheQueueInCallingOrder()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        var held = Engine.Issue(new IssueRequest("ktp-el"));
        var gone = Engine.Issue(new IssueRequest("ktp-el"));
        var now = Engine.Issue(new IssueRequest("ktp-el"));
        var waitingPlain = Engine.Issue(new IssueRequest("ktp-el"));
        var waitingElderly = Engine.Issue(new IssueRequest("ktp-el", PriorityGroup.Elderly));
        Engine.CallSpecific(desk.Id, held.Id, "berkas", officer.Id);
        Engine.Hold(desk.Id, held.Id, officer.Id);
        Engine.CallSpecific(desk.Id, gone.Id, "antre", officer.Id);
        Engine.Recall(desk.Id, gone.Id, officer.Id);
        Engine.MarkNoShow(desk.Id, gone.Id, officer.Id);
        Engine.CallSpecific(desk.Id, now.Id, "antre", officer.Id);

        var view = DeskConsoleView.Read(Engine.Snapshot, desk.Id, officer, Time.GetUtcNow());

        Assert.True(view.MayUse);
        Assert.True(view.IsHolder(officer));
        Assert.Equal(now.Id, view.Current?.Id);
        Assert.Equal("ktp-el", view.CurrentService?.Id);
        Assert.Equal([held.Id], view.Held.Select(t => t.Id));
        Assert.Equal([gone.Id], view.NoShows.Select(t => t.Id));
        Assert.Equal([waitingElderly.Id, waitingPlain.Id], view.Waiting.Select(r => r.Ticket.Id));
        Assert.Equal(3, view.DeskFigures.Called);
        Assert.Equal(1, view.DeskFigures.NoShows);
        Assert.Equal(view.DeskFigures, view.MyFigures);
    }

    [Fact]
    public void Read_AfterAMoveThatTouchesNothingOfTheDesk_EqualsTheViewBefore()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var before = DeskConsoleView.Read(Engine.Snapshot, desk.Id, officer, Time.GetUtcNow());

        // Another agency's ticket: the console would render exactly what it shows now.
        Engine.Issue(new IssueRequest("paspor"));
        var after = DeskConsoleView.Read(Engine.Snapshot, desk.Id, officer, Time.GetUtcNow());
        Assert.Equal(before, after);

        // A ticket for this desk's service changes who waits: not equal, the console renders.
        Engine.Issue(new IssueRequest("ktp-el"));
        var more = DeskConsoleView.Read(Engine.Snapshot, desk.Id, officer, Time.GetUtcNow());
        Assert.NotEqual(after, more);
        Assert.Equal(2, more.Waiting.Count);
    }

    [Fact]
    public void Read_NoShowPastItsGraceTime_IsNoLongerOffered()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        var gone = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        Engine.Recall(desk.Id, gone.Id, officer.Id);
        Engine.MarkNoShow(desk.Id, gone.Id, officer.Id);
        var grace = TimeSpan.FromMinutes(Engine.Catalog.Site.NoShowGraceMinutes);

        var within = DeskConsoleView.Read(Engine.Snapshot, desk.Id, officer, Time.GetUtcNow() + grace);
        var after = DeskConsoleView.Read(Engine.Snapshot, desk.Id, officer, Time.GetUtcNow() + grace + TimeSpan.FromSeconds(1));

        Assert.Single(within.NoShows);
        Assert.Empty(after.NoShows);
    }

    [Fact]
    public void Read_OfficerOfAnotherAgency_SeesTheDeskButNoneOfItsQueue()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var stranger = new Officer { Id = "asing", UserName = "asing", DisplayName = "Asing", Role = OfficerRole.Officer, AgencyId = "polres" };

        var view = DeskConsoleView.Read(Engine.Snapshot, desk.Id, stranger, Time.GetUtcNow());

        Assert.False(view.MayUse);
        Assert.Empty(view.Waiting);
        Assert.Null(view.Current);
    }

    [Fact]
    public void Read_UnknownDesk_IsAnEmptyView()
    {
        var view = DeskConsoleView.Read(Engine.Snapshot, "loket-tidak-ada", null, Time.GetUtcNow());

        Assert.Null(view.Desk);
        Assert.False(view.MayUse);
    }
}

/// <summary>The console's keys and side panels without rendering.</summary>
public class DeskConsoleKeysTests : CounterTestBase
{
    [Fact]
    public void CommandFor_EachStateOfTheDesk_AnswersOnlyTheKeysThatApply()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        DeskConsoleView Read() => DeskConsoleView.Read(Engine.Snapshot, desk.Id, officer, Time.GetUtcNow());

        var free = Read();
        Assert.Equal(DeskCommand.CallNext, free.CommandFor("F1", officer, busy: false));
        Assert.Equal(DeskCommand.None, free.CommandFor("F1", officer, busy: true));
        Assert.Equal(DeskCommand.None, free.CommandFor("F4", officer, busy: false));
        Assert.Equal(DeskCommand.Pause, free.CommandFor("F9", officer, busy: false));
        Assert.Equal(DeskCommand.None, free.CommandFor("F1", SaveOfficer("lain", desk.AgencyId), busy: false));

        Engine.CallNext(desk.Id, officer.Id);
        var called = Read();
        Assert.Equal(DeskCommand.None, called.CommandFor("F1", officer, busy: false));
        Assert.Equal(DeskCommand.Recall, called.CommandFor("F2", officer, busy: false));
        Assert.Equal(DeskCommand.NoShow, called.CommandFor("F6", officer, busy: false));
        Assert.Equal(DeskCommand.Finish, called.CommandFor("F4", officer, busy: false));
        Assert.Equal(DeskCommand.ClosePanel, called.CommandFor("Escape", officer, busy: false));

        Engine.StartServing(desk.Id, called.Current!.Id, officer.Id);
        var serving = Read();
        Assert.Equal(DeskCommand.None, serving.CommandFor("F2", officer, busy: false));
        Assert.Equal(DeskCommand.Transfer, serving.CommandFor("F7", officer, busy: false));

        Engine.Finish(desk.Id, serving.Current!.Id, officer.Id);
        Engine.PauseDesk(desk.Id, PauseReason.Prayer, null, officer.Id);
        var paused = Read();
        Assert.Equal(DeskCommand.ResumeDesk, paused.CommandFor("F9", officer, busy: false));
        Assert.Equal(DeskCommand.None, paused.CommandFor("F1", officer, busy: false));
    }

    [Fact]
    public void Panels_TransferOpenWhenItsVisitorLeavesTheDesk_ClosesByItself()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var called = Engine.CallNext(desk.Id, officer.Id);
        var panels = new ConsolePanels();
        var view = DeskConsoleView.Read(Engine.Snapshot, desk.Id, officer, Time.GetUtcNow());
        panels.Show(ConsolePanel.Transfer, view.Current);

        panels.Follow(desk.Id, view);
        Assert.Equal(ConsolePanel.Transfer, panels.Open);

        Engine.Finish(desk.Id, called.Id, officer.Id);
        panels.Follow(desk.Id, DeskConsoleView.Read(Engine.Snapshot, desk.Id, officer, Time.GetUtcNow()));
        Assert.Equal(ConsolePanel.None, panels.Open);
    }
}
