using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MppQueue.Core;
using MppQueue.Counter.Components;
using MppQueue.Counter.Pages;
using MppQueue.Counter.Tests.Support;

namespace MppQueue.Counter.Tests;

/// <summary>
/// The desk console as an officer works it all day: the next step is always the prominent button, every move has its
/// key on its button, the panels work from the keyboard and give focus back, and the transfer says what to do first.
/// </summary>
public class CounterDeskMovesTests : CounterTestBase
{
    private const string KeysModule = "./_content/MppQueue.Counter/counter-keys.js";

    private static string[] Moves(IRenderedComponent<CounterDeskPage> cut, string weight) =>
        [.. cut.FindAll($"[data-weight='{weight}']").Select(e => e.GetAttribute("data-testid") ?? string.Empty)];

    // Every move offered shows the key that makes it, and names it to assistive technology.
    private static void EveryMoveShowsItsKey(IRenderedComponent<CounterDeskPage> cut)
    {
        var moves = cut.FindAll("[data-weight]");
        Assert.NotEmpty(moves);
        Assert.All(moves, m => Assert.Equal(m.GetAttribute("aria-keyshortcuts"), m.QuerySelector("kbd")?.TextContent));
    }

    [Fact]
    public void Actions_AVisitorsTurn_TheProminentButtonIsAlwaysTheNextStep()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenDesk(desk);
        Assert.Equal(["call-next"], Moves(cut, "primary"));
        Assert.Empty(Moves(cut, "secondary"));

        ClickButton(cut, "call-next");
        cut.WaitForAssertion(() => Assert.Equal(["start-serving"], Moves(cut, "primary")));
        Assert.Equal(["recall", "transfer", "hold", "finish"], Moves(cut, "secondary"));
        Assert.Equal(["no-show"], Moves(cut, "destructive"));
        Assert.Contains("mud-button-filled", Button(cut, "start-serving").ClassList);
        Assert.DoesNotContain("mud-button-filled", Button(cut, "finish").ClassList);
        Assert.NotNull(cut.Find(".counter-action-apart [data-testid='no-show']"));

        ClickButton(cut, "start-serving");
        cut.WaitForAssertion(() => Assert.Equal(["finish"], Moves(cut, "primary")));
        Assert.Equal(["transfer", "hold"], Moves(cut, "secondary"));
        Assert.Empty(Moves(cut, "destructive"));

        ClickButton(cut, "finish");
        cut.WaitForAssertion(() => Assert.Equal(["call-next"], Moves(cut, "primary")));
    }

    [Fact]
    public void BrowserClock_LoadedOnceByThePage_NotByEachClockACallOrAClosedPanelMakes()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenDesk(desk);
        Eventually(() => Assert.Single(JSInterop.Invocations["import"], i => Equals(i.Arguments[0], BrowserClock.ModulePath)));

        // Two visitors called and served: each call shows a new service clock on the visitor's card.
        for (var turn = 0; turn < 2; turn++)
        {
            ClickButton(cut, "call-next");
            cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='service-timer-clock']")));
            ClickButton(cut, "finish");
            cut.WaitForAssertion(() => Assert.Equal(["call-next"], Moves(cut, "primary")));
        }

        // A panel in place of the waiting list, closed again: the waiting list is made anew.
        ClickButton(cut, "pause");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='pause-panel']")));
        ClickButton(cut, "panel-cancel");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='waiting-list']")));

        // The clocks that came and went tick on the one interval the page's module started.
        Assert.Single(JSInterop.Invocations["import"], i => Equals(i.Arguments[0], BrowserClock.ModulePath));
    }

    [Fact]
    public void Keyboard_TwoTurnsAPauseAndBack_EveryMoveByTheKeyItsButtonShows()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        var first = Engine.Issue(new IssueRequest("ktp-el"));
        var second = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenDesk(desk);
        EveryMoveShowsItsKey(cut);

        Press(cut, "F1");
        cut.WaitForAssertion(() => Assert.Equal("A001", cut.Find("[data-testid='current-number']").TextContent));
        EveryMoveShowsItsKey(cut);
        Press(cut, "F2");
        Assert.Equal(1, Engine.FindTicket(first.Id)!.RecallCount);
        Press(cut, "F8");
        Assert.NotNull(cut.Find("[data-testid='hold-panel']"));
        Press(cut, "Escape");
        Press(cut, "F7");
        Assert.NotNull(cut.Find("[data-testid='transfer-panel']"));
        Press(cut, "Escape");
        Assert.Empty(cut.FindAll("[role='dialog']"));
        Press(cut, "F3");
        cut.WaitForAssertion(() => Assert.Equal(["finish"], Moves(cut, "primary")));
        EveryMoveShowsItsKey(cut);
        Press(cut, "F4");
        Assert.Equal(TicketStatus.Done, Engine.FindTicket(first.Id)!.Status);

        Press(cut, "F1");
        Press(cut, "F2");
        Press(cut, "F6");
        Assert.Equal(TicketStatus.NoShow, Engine.FindTicket(second.Id)!.Status);
        Press(cut, "F9");
        cut.Find("input[data-testid='pause-note']").KeyDown(new KeyboardEventArgs { Key = "Enter" });
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='paused-banner']")));
        Assert.Equal(PauseReason.Break, Engine.DeskStateOf(desk.Id).Reason);
        EveryMoveShowsItsKey(cut);
        Press(cut, "F9");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='paused-banner']")));
        Assert.False(Engine.DeskStateOf(desk.Id).Paused);
    }

    [Fact]
    public void WaitingRows_ByKeyboard_OneTabStopAndEnterCallsThatVisitorOutOfTurn()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var second = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenDesk(desk);

        var rows = cut.FindAll("[data-testid='waiting-row']");
        Assert.Equal(["0", "-1"], rows.Select(r => r.GetAttribute("tabindex")));
        Assert.All(rows, r => Assert.Equal("-1", r.QuerySelector("[data-testid='call-specific']")?.GetAttribute("tabindex")));
        Assert.Equal("Tab ke daftar, ↑ ↓ memilih nomor, Enter memanggilnya di luar urutan.", cut.Find("#" + rows[0].GetAttribute("aria-describedby")).TextContent);
        rows[1].KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Contains($"Panggil {second.Number} di luar urutan", cut.Find("[data-testid='call-specific-panel']").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid='call-specific-panel'] input").Input("Berkas sudah diperiksa");
        cut.Find("[data-testid='panel-confirm']").Click();
        cut.WaitForAssertion(() => Assert.Equal(second.Id, Engine.CurrentTicket(desk.Id)?.Id));
    }

    [Fact]
    public void NoShowRow_EnterOnTheRow_PutsItBackOnce()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        Engine.Recall(desk.Id, ticket.Id, officer.Id);
        Engine.MarkNoShow(desk.Id, ticket.Id, officer.Id);
        var cut = OpenDesk(desk);

        var row = cut.Find("[data-testid='no-show-row']");
        Assert.Equal(("0", "Enter"), (row.GetAttribute("tabindex"), row.GetAttribute("aria-keyshortcuts")));
        row.KeyDown(new KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Equal(TicketStatus.Waiting, Engine.FindTicket(ticket.Id)!.Status));

        // The console renders the move when it hears of it, which can come after the engine has made it.
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='no-show-row']")));
        Assert.Equal(1, Engine.FindTicket(ticket.Id)!.History.Count(m => m.Kind == MoveKind.Restore));
    }

    [Fact]
    public void Transfer_NothingChosenYet_TheVerbIsDisabledWithTheInstructionBeside_ThenNamesTheService()
    {
        var desk = DeskFor("pajak-kendaraan");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("pajak-kendaraan"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);
        ClickButton(cut, "transfer");

        var confirm = Button(cut, "transfer-confirm");
        Assert.Equal("Alihkan", confirm.TextContent.Trim());
        Assert.True(confirm.HasAttribute("disabled"), "Nothing to transfer to yet: the button cannot be pressed.");
        var hint = cut.Find("[data-testid='transfer-hint']");
        Assert.Equal("Pilih layanan tujuan", hint.TextContent);
        Assert.Equal(hint.Id, confirm.GetAttribute("aria-describedby"));
        cut.Find("input[data-testid='transfer-note']").KeyDown(new KeyboardEventArgs { Key = "Enter" });
        Assert.Equal((TicketStatus.Called, "pajak-kendaraan"), (Engine.CurrentTicket(desk.Id)!.Status, Engine.CurrentTicket(desk.Id)!.ServiceId));

        cut.Find("[data-testid='transfer-option'][data-service-id='skck']").Click();
        confirm = Button(cut, "transfer-confirm");
        Assert.False(confirm.HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid='transfer-hint']"));
        Assert.Equal("Alihkan ke SKCK (Surat Keterangan Catatan Kepolisian)", confirm.QuerySelector(".counter-confirm-text")?.TextContent);
        Assert.Equal("Enter", confirm.QuerySelector("kbd")?.TextContent);
    }

    [Fact]
    public void Transfer_English_TheVerbAndTheInstructionInEnglish()
    {
        UseCulture("en");
        var desk = DeskFor("pajak-kendaraan");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("pajak-kendaraan"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);

        Press(cut, "F7");

        Assert.Equal("Transfer", Button(cut, "transfer-confirm").TextContent.Trim());
        Assert.Equal("Choose the destination service", cut.Find("[data-testid='transfer-hint']").TextContent);
    }

    [Fact]
    public void Transfer_ByKeyboard_SearchEnterNoteEnter_SendsTheVisitorAndFocusComesBackToTheConsole()
    {
        var keys = JSInterop.SetupModule(KeysModule);
        keys.Mode = JSRuntimeMode.Loose;
        var desk = DeskFor("pajak-kendaraan");
        var officer = AtDesk(desk);
        var visitor = Engine.Issue(new IssueRequest("pajak-kendaraan"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);

        Press(cut, "F7");
        var search = cut.Find("input[data-testid='transfer-search']");
        search.Input("skck");
        search.KeyDown(new KeyboardEventArgs { Key = "Enter" });
        Assert.Equal("true", cut.Find("[data-testid='transfer-option'][data-service-id='skck']").GetAttribute("aria-selected"));
        cut.Find("input[data-testid='transfer-note']").Input("Perlu SKCK dulu");
        cut.Find("input[data-testid='transfer-note']").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='current-none']")));
        var moved = Engine.FindTicket(visitor.Id)!;
        Assert.Equal(("skck", "Perlu SKCK dulu"), (moved.ServiceId, moved.History[^1].Note));

        // The transfer button went with the visitor: focus goes to the console, never onto a move a second Enter would make.
        cut.WaitForAssertion(() => Assert.Equal(
            ["[data-testid='transfer']", "[data-testid='console-main']"],
            (IEnumerable<string>)keys.VerifyInvoke("restoreFocus").Arguments[0]!));
    }

    [Fact]
    public void Panels_EscapeClosesOne_FocusGoesBackToItsButton_EnterConfirmsAnother()
    {
        var keys = JSInterop.SetupModule(KeysModule);
        keys.Mode = JSRuntimeMode.Loose;
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);

        ClickButton(cut, "hold");
        Assert.Equal("counter-panel-title", cut.Find("[data-testid='hold-panel']").GetAttribute("aria-labelledby"));
        Press(cut, "Escape");
        cut.WaitForAssertion(() => Assert.Equal("[data-testid='hold']", ((IEnumerable<string>)keys.VerifyInvoke("restoreFocus").Arguments[0]!).First()));
        Assert.Equal(TicketStatus.Called, Engine.CurrentTicket(desk.Id)!.Status);

        ClickButton(cut, "hold");
        cut.Find("[data-testid='hold-panel'] input").Input("fotokopi KK");
        cut.Find("[data-testid='hold-panel'] input").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Contains("fotokopi KK", cut.Find("[data-testid='held-row'][data-number='A001']").TextContent, StringComparison.Ordinal));
        Assert.Equal(["call-next"], Moves(cut, "primary"));
    }
}
