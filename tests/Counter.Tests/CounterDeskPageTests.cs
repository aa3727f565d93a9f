using System.Globalization;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Counter.Components;
using MppQueue.Counter.Pages;
using MppQueue.Counter.Tests.Support;
using MudBlazor;

namespace MppQueue.Counter.Tests;

/// <summary>Every move an officer makes at the desk, and every refusal, as the officer sees it.</summary>
public class CounterDeskPageTests : CounterTestBase
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(10);

    private static string Current(IRenderedComponent<CounterDeskPage> cut) => cut.Find("[data-testid='current-number']").TextContent;

    [Fact]
    public void CallNext_TicketWaiting_ShowsItAsTheCurrentNumberAndSaysWhereItWent()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenDesk(desk);

        ClickButton(cut, "call-next");

        cut.WaitForAssertion(() => Assert.Equal("A001", Current(cut)));
        // The page shows the move as the engine announces it; the toast comes when the move returns to the circuit.
        Eventually(() => Assert.Contains($"A001 dipanggil ke Loket {desk.Number}.", Messages(cut)));
        Assert.Empty(cut.FindAll("[data-testid='call-next']"));
        Assert.Equal(officer.Id, Engine.TicketsToday().Single().History[^1].OfficerId);
    }

    [Fact]
    public void CloseMessage_AfterACall_TakesItAwayAndLeavesTheConsoleAsItWas()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenDesk(desk);
        ClickButton(cut, "call-next");
        Eventually(() => Assert.Equal([$"A001 dipanggil ke Loket {desk.Number}."], Messages(cut)));

        ClickButton(cut, "console-toast-close");

        cut.WaitForAssertion(() => Assert.Empty(Messages(cut)));
        Assert.Equal("A001", Current(cut));
    }

    [Fact]
    public void CallNext_ABookedVisitor_ShowsThatTheTicketCameFromABookingAndItsSession()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        var booking = Engine.BookToday("ktp-el", new TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 0)));
        Engine.CheckIn(booking.Code);
        var cut = OpenDesk(desk);

        ClickButton(cut, "call-next");

        cut.WaitForAssertion(() => Assert.Equal("Booking sesi 09:00-10:00", cut.Find("[data-testid='current-booking']").TextContent.Trim()));
    }

    [Fact]
    public void CallNext_AWalkIn_ShowsNoBookingMark()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenDesk(desk);

        ClickButton(cut, "call-next");

        cut.WaitForAssertion(() => Assert.Equal("A001", Current(cut)));
        Assert.Empty(cut.FindAll("[data-testid='current-booking']"));
    }

    [Fact]
    public void CallNext_ElderlyVisitorBehindOthers_IsCalledFirstUnderThePriorityPolicy()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el", PriorityGroup.Elderly));
        var cut = OpenDesk(desk);
        Assert.Contains("Lansia", cut.Find("[data-testid='waiting-row'][data-number='A002']").TextContent, StringComparison.Ordinal);

        ClickButton(cut, "call-next");

        cut.WaitForAssertion(() => Assert.Equal("A002", Current(cut)));
    }

    [Fact]
    public void CallNext_NothingWaiting_ShowsTheEnginesSentence()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        var cut = OpenDesk(desk);

        ClickButton(cut, "call-next");

        Eventually(() => Assert.Contains($"Tidak ada antrian yang menunggu untuk loket {desk.Number}.", Messages(cut)));
        Assert.Contains("Tidak ada yang menunggu.", cut.Find("[data-testid='waiting-list']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Recall_CalledTicket_CountsTheRecallOnScreen()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);
        Assert.Equal("Dipanggil ulang 0 kali", cut.Find("[data-testid='current-recalls']").TextContent.Trim());

        ClickButton(cut, "recall");
        cut.WaitForAssertion(() => Assert.Equal("Dipanggil ulang 1 kali", cut.Find("[data-testid='current-recalls']").TextContent.Trim()));
        ClickButton(cut, "recall");

        cut.WaitForAssertion(() => Assert.Equal("Dipanggil ulang 2 kali", cut.Find("[data-testid='current-recalls']").TextContent.Trim()));
        Eventually(() => Assert.Contains("A001 dipanggil ulang (2 kali).", Messages(cut)));
    }

    [Fact]
    public async Task StartServing_ThenFinish_FreesTheDeskAndCountsItInTodaysFigures()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);

        ClickButton(cut, "start-serving");
        cut.WaitForAssertion(() => Assert.Equal("Sedang dilayani", cut.Find("[data-testid='ticket-status']").TextContent.Trim()));
        Assert.Contains("Lama layanan", cut.Find("[data-testid='service-timer']").TextContent, StringComparison.Ordinal);
        Time.Advance(TimeSpan.FromMinutes(6));

        // The clock's move fires the page's timers, which render on their own threads: find and press in one go.
        await cut.InvokeAsync(() => Button(cut, "finish").Click());

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='current-none']")));
        Assert.Equal("1", cut.Find("[data-testid='figures-desk-served']").TextContent);
        Assert.Equal("1", cut.Find("[data-testid='figures-mine-served']").TextContent);
        Assert.Contains("6 mnt", cut.Find("[data-testid='figures-desk']").TextContent, StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Done, Engine.TicketsToday().Single().Status);
    }

    [Fact]
    public void NoShow_BeforeAnyRecall_IsRefusedWithTheReason()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);
        Assert.Contains("setelah 1 kali panggil ulang", cut.Find("[data-testid='no-show-rule']").TextContent, StringComparison.Ordinal);

        ClickButton(cut, "no-show");

        Eventually(() => Assert.Contains("A001 harus dipanggil ulang minimal 1 kali sebelum ditandai tidak hadir.", Messages(cut)));
        Assert.Equal(TicketStatus.Called, Engine.CurrentTicket(desk.Id)?.Status);
    }

    [Fact]
    public void NoShow_AfterARecall_FreesTheDeskAndCanBePutBackWithinTheGraceTime()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        Engine.Recall(desk.Id, Engine.CurrentTicket(desk.Id)!.Id, officer.Id);
        var cut = OpenDesk(desk);

        ClickButton(cut, "no-show");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='no-show-row'][data-number='A001']")));
        Assert.Equal(TicketStatus.NoShow, Engine.TicketsToday().Single().Status);
        ClickButton(cut, "put-back");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='waiting-row'][data-number='A001']")));
        Assert.Empty(cut.FindAll("[data-testid='no-show-row']"));
        Eventually(() => Assert.Contains("A001 dikembalikan ke antrian.", Messages(cut)));
    }

    [Fact]
    public void NoShow_PastTheGraceTime_IsNoLongerOfferedToPutBack()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        var ticket = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        Engine.Recall(desk.Id, ticket.Id, officer.Id);
        Engine.MarkNoShow(desk.Id, ticket.Id, officer.Id);
        var cut = OpenDesk(desk);
        Assert.NotNull(cut.Find("[data-testid='no-show-row']"));

        Time.Advance(TimeSpan.FromMinutes(31));
        cut.Render();

        Assert.Empty(cut.FindAll("[data-testid='no-show-row']"));
    }

    [Fact]
    public void NoShow_English_IsRefusedInEnglish()
    {
        UseCulture("en");
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);

        ClickButton(cut, "no-show");

        Eventually(() => Assert.Contains("A001 must be recalled at least 1 time(s) before it is marked as a no-show.", Messages(cut)));
        Assert.Contains("Start serving", Button(cut, "start-serving").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WaitingList_RendersOnlyWhenWhoWaitsChanged_NotForEveryMoveOfTheDesk()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenDesk(desk);
        Eventually(() => Assert.Equal(3, cut.FindAll("[data-testid='waiting-row']").Count));
        var list = cut.FindComponent<WaitingList>();

        // A call takes the first visitor off the list: it renders once, without them.
        var renders = list.RenderCount;
        ClickButton(cut, "call-next");
        ShownOnce(list, renders, () => Assert.Equal(2, cut.FindAll("[data-testid='waiting-row']").Count));

        // While the visitor is at the desk, nobody else can be called: the rows' buttons wait, and starting changes
        // nothing on the list. The page renders for the start (twice), the list does not.
        Assert.All(cut.FindAll("[data-testid='call-specific']"), b => Assert.True(b.HasAttribute("disabled")));
        renders = list.RenderCount;
        var pageRenders = cut.RenderCount;
        ClickButton(cut, "start-serving");
        cut.WaitForAssertion(() => Assert.Equal("finish", cut.Find("[data-weight='primary']").GetAttribute("data-testid")));
        Assert.True(cut.RenderCount >= pageRenders + 2);
        Assert.Equal(renders, list.RenderCount);

        // Finishing offers the rows again: one render.
        ClickButton(cut, "finish");
        ShownOnce(list, renders, () => Assert.NotNull(cut.Find("[data-testid='call-next']")));
        Assert.All(cut.FindAll("[data-testid='call-specific']"), b => Assert.False(b.HasAttribute("disabled")));
        renders = list.RenderCount;

        // A visitor who joins (from a kiosk) renders it again.
        Engine.Issue(new IssueRequest("ktp-el"));
        ShownOnce(list, renders, () => Assert.Equal(3, cut.FindAll("[data-testid='waiting-row']").Count));
    }

    /// <summary>
    /// Waits until the page shows <paramref name="shown"/> and the list has rendered once more than
    /// <paramref name="renders"/>. bUnit counts a child's render after it hands the page's new markup on, and its
    /// WaitForAssertion checks again only when the page renders, so the count is polled (<see cref="ComponentTestBase.Eventually"/>).
    /// </summary>
    private static void ShownOnce(IRenderedComponent<WaitingList> list, int renders, Action shown) =>
        Eventually(
            () =>
            {
                shown();
                Assert.Equal(renders + 1, list.RenderCount);
            },
            _patience);

    [Fact]
    public void AnotherDesksCall_RedrawsTheQueue_NotTheVisitorsCardTheMovesOrTheFigures()
    {
        var desk = DeskFor("ktp-el");
        var other = Engine.Catalog.Desks.Values.First(d => d.Id != desk.Id && d.ServiceIds.Contains("ktp-el"));
        AtDesk(desk);
        var colleague = SaveOfficer("petugas-lain", desk.AgencyId);
        Engine.SignInToDesk(other.Id, colleague);
        for (var i = 0; i < 3; i++)
        {
            Engine.Issue(new IssueRequest("ktp-el"));
        }

        var cut = OpenDesk(desk);
        ClickButton(cut, "call-next");
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='waiting-row']").Count));
        var card = cut.FindComponent<CurrentTicketCard>();
        var moves = cut.FindComponent<DeskActionBar>();
        var figures = cut.FindComponent<DeskFiguresPanel>();
        var (cards, bars, panels) = (card.RenderCount, moves.RenderCount, figures.RenderCount);

        // The colleague at the other desk calls the next visitor: this console's queue loses them, nothing else changes.
        Engine.CallNext(other.Id, colleague.Id);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='waiting-row']")), _patience);
        Assert.Equal(cards, card.RenderCount);
        Assert.Equal(bars, moves.RenderCount);
        Assert.Equal(panels, figures.RenderCount);

        // The own next move draws them as before.
        ClickButton(cut, "start-serving");
        cut.WaitForAssertion(() => Assert.Equal("finish", cut.Find("[data-weight='primary']").GetAttribute("data-testid")));
        Eventually(
            () =>
            {
                Assert.True(moves.RenderCount > bars);
                Assert.True(card.RenderCount > cards);
            },
            _patience);
    }

    [Fact]
    public async Task Beat_RendersNothing_EvenWhileSomebodyWaits_TheBrowserCountsTheMinutes()
    {
        var desk = DeskFor("pajak-kendaraan");
        AtDesk(desk);
        var cut = OpenDesk(desk);
        var renders = cut.RenderCount;

        // Nobody waits: the page reloads on its beat and finds nothing new to show.
        Time.Advance(TimeSpan.FromSeconds(30));
        Time.Advance(TimeSpan.FromSeconds(30));
        await Task.Delay(300);
        Assert.Equal(renders, cut.RenderCount);

        // Somebody waits: the minutes they have waited are shown, with what the browser needs to count them on.
        var waiting = Engine.Issue(new IssueRequest("pajak-kendaraan"));
        cut.WaitForAssertion(() => Assert.Equal("0 mnt", cut.Find("[data-testid='waiting-row'] [data-testid='waited']").TextContent.Trim()), _patience);
        var waited = cut.Find("[data-testid='waiting-row'] [data-testid='waited']");
        Assert.Equal(waiting.ArrivedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), waited.GetAttribute("data-mpp-waited-since"));
        Assert.Equal(Time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), waited.GetAttribute("data-mpp-at"));
        Assert.Equal("{0} mnt", waited.GetAttribute("data-mpp-words"));
        Assert.Contains(JSInterop.Invocations["import"], i => Equals(i.Arguments[0], BrowserClock.ModulePath));

        // A minute on, the beat still renders nothing: the minutes count in the browser (counter-timer.js).
        renders = cut.RenderCount;
        Time.Advance(TimeSpan.FromSeconds(30));
        Time.Advance(TimeSpan.FromSeconds(30));
        Time.Advance(TimeSpan.FromSeconds(30));
        await Task.Delay(300);
        Assert.Equal(renders, cut.RenderCount);
        Assert.Equal("0 mnt", cut.Find("[data-testid='waiting-row'] [data-testid='waited']").TextContent.Trim());

        // The next render (an event here) shows the minutes by the server's clock again, and tells the browser that clock.
        Engine.Issue(new IssueRequest("pajak-kendaraan"));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='waiting-row']").Count), _patience);
        Assert.Equal("2 mnt", cut.Find("[data-testid='waiting-row'] [data-testid='waited']").TextContent.Trim());
    }

    [Fact]
    public void Transfer_ToAServiceOfAnotherAgency_KeepsNumberAndArrivalAndTheNote()
    {
        var desk = DeskFor("pajak-kendaraan");
        var officer = AtDesk(desk);
        var issued = Engine.Issue(new IssueRequest("pajak-kendaraan"));
        Time.Advance(TimeSpan.FromMinutes(5));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);

        ClickButton(cut, "transfer");
        cut.Find("input[data-testid='transfer-search']").Input("polres catatan");
        var options = cut.FindAll("[data-testid='transfer-option']");
        Assert.Equal(["skck"], options.Select(o => o.GetAttribute("data-service-id")));
        options[0].Click();
        cut.Find("input[data-testid='transfer-note']").Input("Perlu SKCK dulu");
        cut.Find("[data-testid='transfer-confirm']").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='current-none']")));
        var moved = Engine.FindTicket(issued.Id)!;
        Assert.Equal(("skck", TicketStatus.Waiting, issued.Number, issued.ArrivedAt), (moved.ServiceId, moved.Status, moved.Number, moved.ArrivedAt));
        Assert.Equal(("Perlu SKCK dulu", officer.Id), (moved.History[^1].Note, moved.History[^1].OfficerId));
        Eventually(() => Assert.Contains($"{issued.Number} dialihkan ke SKCK (Surat Keterangan Catatan Kepolisian).", Messages(cut)));
    }

    [Fact]
    public void Transfer_SearchByAgencyName_ListsThatAgencysServicesButNotTheTicketsOwn()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);

        ClickButton(cut, "transfer");
        Assert.Equal("false", cut.Find("[data-testid='transfer-confirm']").GetAttribute("data-ready"));
        cut.Find("input[data-testid='transfer-search']").Input("disdukcapil");

        var offered = cut.FindAll("[data-testid='transfer-option']").Select(o => o.GetAttribute("data-service-id")).ToList();
        Assert.Equal(["kartu-keluarga", "akta-kelahiran", "akta-kematian", "pindah-datang"], offered);
        cut.Find("input[data-testid='transfer-search']").Input("zzz");
        Assert.Contains("Tidak ada layanan yang cocok.", cut.Find("[data-testid='transfer-panel']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Hold_ThenCallBack_BringsTheSameVisitorBackToTheDesk()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);

        ClickButton(cut, "hold");
        cut.Find("[data-testid='hold-panel'] input").Input("fotokopi KK");
        cut.Find("[data-testid='panel-confirm']").Click();
        cut.WaitForAssertion(() => Assert.Contains("fotokopi KK", cut.Find("[data-testid='held-row'][data-number='A001']").TextContent, StringComparison.Ordinal));
        Assert.NotNull(cut.Find("[data-testid='current-none']"));
        cut.Find("[data-testid='call-back']").Click();

        cut.WaitForAssertion(() => Assert.Equal("A001", Current(cut)));
        Assert.Empty(cut.FindAll("[data-testid='held-row']"));
        Assert.Equal([MoveKind.Issue, MoveKind.Call, MoveKind.Hold, MoveKind.Resume], Engine.TicketsToday().Single().History.Select(m => m.Kind));
    }

    [Fact]
    public void CallSpecific_WithoutAReason_IsNotMade_WithAReason_CallsThatTicketAndRecordsWhy()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var second = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenDesk(desk);

        cut.Find("[data-testid='waiting-row'][data-number='A002'] [data-testid='call-specific']").Click();
        cut.Find("[data-testid='panel-confirm']").Click();
        Assert.Contains("Isi alasannya dulu.", cut.Find("[data-testid='call-specific-panel']").TextContent, StringComparison.Ordinal);
        Assert.Null(Engine.CurrentTicket(desk.Id));
        cut.Find("[data-testid='call-specific-panel'] input").Input("Berkas A002 sudah diperiksa");
        cut.Find("[data-testid='panel-confirm']").Click();

        cut.WaitForAssertion(() => Assert.Equal("A002", Current(cut)));
        var move = Engine.FindTicket(second.Id)!.History[^1];
        Assert.Equal((MoveKind.CallSpecific, "Berkas A002 sudah diperiksa"), (move.Kind, move.Note));
    }

    [Fact]
    public void Pause_WithAReason_StopsCallingUntilResumed()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenDesk(desk);

        ClickButton(cut, "pause");
        cut.Find("[data-testid='pause-reason'][data-reason='Prayer']").Click();
        cut.Find("[data-testid='pause-confirm']").Click();

        cut.WaitForAssertion(() => Assert.Contains("Loket istirahat: Sholat, sejak 09.00", cut.Find("[data-testid='paused-banner']").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid='call-next']"));
        Assert.Equal("primary", Button(cut, "resume-desk").GetAttribute("data-weight"));
        Assert.Equal("Tekan F9 untuk melanjutkan layanan.", cut.Find("[data-testid='current-none-hint']").TextContent);
        Assert.Equal(PauseReason.Prayer, Engine.DeskStateOf(desk.Id).Reason);
        Press(cut, "F1");
        Assert.Null(Engine.CurrentTicket(desk.Id));

        ClickButton(cut, "resume-desk");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='paused-banner']")));
        Assert.False(Button(cut, "call-next").HasAttribute("disabled"));
    }

    [Fact]
    public void Pause_OtherWithoutANote_AsksForOne()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        var cut = OpenDesk(desk);

        ClickButton(cut, "pause");
        cut.Find("[data-testid='pause-reason'][data-reason='Other']").Click();
        cut.Find("[data-testid='pause-confirm']").Click();

        Assert.Contains("Isi alasannya dulu.", cut.Find("[data-testid='pause-panel']").TextContent, StringComparison.Ordinal);
        Assert.False(Engine.DeskStateOf(desk.Id).Paused);
    }

    [Fact]
    public void Shortcuts_F1ThenF2ThenF4_CallRecallAndFinish_AndEveryButtonShowsItsKey()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        var cut = OpenDesk(desk);
        Assert.Contains("F1", Button(cut, "call-next").TextContent, StringComparison.Ordinal);

        Press(cut, "F1");
        cut.WaitForAssertion(() => Assert.Equal("A001", Current(cut)));
        Assert.Contains("F2", Button(cut, "recall").TextContent, StringComparison.Ordinal);
        Assert.Contains("F4", Button(cut, "finish").TextContent, StringComparison.Ordinal);
        Assert.Contains("F7", Button(cut, "transfer").TextContent, StringComparison.Ordinal);
        Press(cut, "F2");
        Eventually(() => Assert.Equal(1, Engine.CurrentTicket(desk.Id)?.RecallCount));
        Press(cut, "F4");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='current-none']")));
        Assert.Equal(TicketStatus.Done, Engine.TicketsToday().Single().Status);
    }

    [Fact]
    public void Shortcuts_WhileAPanelIsOpen_AreIgnoredAndEscapeClosesIt()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);

        Press(cut, "F7");
        Assert.NotNull(cut.Find("[data-testid='transfer-panel']"));
        Press(cut, "F4");
        Assert.Equal(TicketStatus.Called, Engine.CurrentTicket(desk.Id)?.Status);
        Press(cut, "Escape");

        Assert.Empty(cut.FindAll("[data-testid='transfer-panel']"));
    }

    [Fact]
    public async Task CallNext_PressedTwiceWhileTheFirstIsInFlight_CallsOneTicketAndRefusesNothing()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        using var inFlight = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var calls = 0;

        // A listener that holds the engine's commit open stands in for a slow disk.
        using var slowCommit = Notifier.Subscribe(e =>
        {
            if (e.Kind == QueueEventKind.TicketCalled)
            {
                Interlocked.Increment(ref calls);
                inFlight.Set();
                release.Wait(_patience);
            }
        });
        var cut = OpenDesk(desk);
        var keys = cut.FindComponent<KeyboardShortcuts>().Instance;

        var clicking = Button(cut, "call-next").ClickAsync(new MouseEventArgs());
        Assert.True(inFlight.Wait(_patience));
        var pressing = cut.InvokeAsync(() => keys.OnKey("F1"));
        cut.WaitForAssertion(() =>
        {
            var moves = cut.FindAll("[data-weight], [data-testid='pause']");
            Assert.Contains(moves, m => m.GetAttribute("data-testid") == "call-next");
            foreach (var move in moves)
            {
                Assert.True(move.HasAttribute("disabled"), move.GetAttribute("data-testid") + " is enabled during a call");
            }
        });
        release.Set();
        await clicking;
        await pressing;

        cut.WaitForAssertion(() => Assert.Equal("A001", Current(cut)));
        Assert.Equal(1, calls);
        Assert.Single(Engine.TicketsToday(), t => t.Status == TicketStatus.Called);
        Assert.DoesNotContain(Messages(cut), s => s.Contains("masih menangani", StringComparison.Ordinal));
    }

    [Fact]
    public void Timer_PastTheServicesStandardTime_TurnsToAWarning()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        var standard = Engine.Catalog.Services["ktp-el"].StandardServiceMinutes;
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id, officer.Id);
        var cut = OpenDesk(desk);
        Assert.Equal("false", cut.Find("[data-testid='service-timer']").GetAttribute("data-over"));

        Time.Advance(TimeSpan.FromMinutes(standard) + TimeSpan.FromSeconds(2));

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid='service-timer']").GetAttribute("data-over")));
        Assert.Contains($"Melewati standar layanan {standard} menit", cut.Find("[data-testid='service-timer']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WaitingList_TicketsIssuedCalledAndTransferredElsewhere_UpdatesLive()
    {
        var desk = DeskFor("skck");
        AtDesk(desk);
        var samsat = DeskFor("pajak-kendaraan");
        var samsatOfficer = Store.LoadOfficers().Single(o => o.Id == "petugas-samsat");
        Engine.SignInToDesk(samsat.Id, samsatOfficer);
        var visitor = Engine.Issue(new IssueRequest("pajak-kendaraan"));
        Time.Advance(TimeSpan.FromMinutes(3));
        var cut = OpenDesk(desk);
        Assert.Equal("0", cut.Find("[data-testid='waiting-count']").TextContent);

        var own = Engine.Issue(new IssueRequest("skck"));
        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid='waiting-count']").TextContent));
        Engine.CallNext(samsat.Id, samsatOfficer.Id);
        Engine.Transfer(samsat.Id, visitor.Id, "skck", samsatOfficer.Id);

        cut.WaitForAssertion(() => Assert.Contains(
            "dialihkan dari Samsat · Pajak Kendaraan Tahunan",
            cut.Find($"[data-testid='waiting-row'][data-number='{visitor.Number}']").TextContent,
            StringComparison.Ordinal));
        Assert.Equal([visitor.Number.ToString(), own.Number.ToString()], cut.FindAll("[data-testid='waiting-row']").Select(r => r.GetAttribute("data-number")));
    }

    [Fact]
    public void Render_DeskHeldBySomeoneElse_SaysWhoAndTakesOverOnlyWhenAsked()
    {
        var desk = DeskFor("ktp-el");
        var colleague = SaveOfficer("petugas-dukcapil-2", "disdukcapil", name: "Dewi Anggraini");
        Engine.SignInToDesk(desk.Id, colleague);
        SignedInAs("petugas-disdukcapil");
        var cut = OpenDesk(desk);

        Assert.Contains($"Loket {desk.Number} sedang dipakai oleh Dewi Anggraini sejak 09.00. Ambil alih?", cut.Find("[data-testid='held-by']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='call-next']"));
        Assert.Equal(colleague.Id, Engine.DeskHolder(desk.Id));
        cut.Find("[data-testid='take-over']").Click();

        cut.WaitForAssertion(() => Assert.NotNull(Button(cut, "call-next")));
        Assert.Equal("petugas-disdukcapil", Engine.DeskHolder(desk.Id));
        Assert.Contains(Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), a => a.Detail == "take-over from " + colleague.Id);
    }

    [Fact]
    public void Render_FreeDesk_OffersToStartWorkThere()
    {
        var desk = DeskFor("ktp-el");
        SignedInAs("petugas-disdukcapil");
        var cut = OpenDesk(desk);

        cut.Find("[data-testid='sit-down']").Click();

        cut.WaitForAssertion(() => Assert.NotNull(Button(cut, "call-next")));
        Assert.Equal("petugas-disdukcapil", Engine.DeskHolder(desk.Id));
    }

    [Fact]
    public void Render_WhileWorking_AColleagueTakesOver_ThePageStopsOfferingMoves()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        var colleague = SaveOfficer("petugas-dukcapil-2", "disdukcapil", name: "Dewi Anggraini");
        var cut = OpenDesk(desk);
        Assert.NotNull(Button(cut, "call-next"));

        Engine.SignInToDesk(desk.Id, colleague, takeOver: true);

        cut.WaitForAssertion(() => Assert.Contains("Dewi Anggraini", cut.Find("[data-testid='held-by']").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid='call-next']"));
    }

    [Fact]
    public void Render_DeskOfAnotherAgency_RefusesAndShowsNothingOfItsQueue()
    {
        var desk = DeskFor("ktp-el");
        Engine.Issue(new IssueRequest("ktp-el"));
        SignedInAs("petugas-samsat");
        var cut = OpenDesk(desk);

        Assert.Contains("Loket ini milik instansi lain.", cut.Find("[data-testid='other-agency']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='sit-down']"));
        Assert.Empty(cut.FindAll("[data-testid='waiting-list']"));
        Assert.DoesNotContain("A001", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void CallNext_AccountDisabledMeanwhile_MakesNoMoveAndSendsToSignIn()
    {
        var desk = DeskFor("ktp-el");
        var officer = AtDesk(desk);
        Engine.Issue(new IssueRequest("ktp-el"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/counter/" + desk.Id);
        var cut = OpenDesk(desk);

        Store.SaveOfficer(officer with { Active = false });
        ClickButton(cut, "call-next");

        Eventually(() => Assert.Contains("Akun Anda tidak aktif lagi. Silakan masuk kembali.", Messages(cut)));
        Assert.Null(Engine.CurrentTicket(desk.Id));
        Assert.EndsWith("/account/signin?returnUrl=%2Fcounter%2F" + desk.Id, Address, StringComparison.Ordinal);
    }

    [Fact]
    public void LeaveDesk_FreesTheDeskAndGoesBackToTheList_WhichSaysSo()
    {
        var desk = DeskFor("ktp-el");
        AtDesk(desk);
        var cut = OpenDesk(desk);

        ClickButton(cut, "leave-desk");

        cut.WaitForAssertion(() => Assert.EndsWith("/counter", Address, StringComparison.Ordinal));
        Assert.Null(Engine.DeskHolder(desk.Id));

        // The message goes with the officer to the list (the circuit's snackbar, in the layout), not into the console left behind.
        Assert.Contains($"Anda sudah selesai bertugas di Loket {desk.Number}.", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message));
        Assert.Empty(Messages(cut));
    }

    [Fact]
    public void Render_UnknownDesk_SaysSoAndOffersTheList()
    {
        SignedInAs("petugas-disdukcapil");
        var cut = Render<CounterDeskPage>(p => p.Add(x => x.DeskId, "loket-99"));

        Assert.Contains("Loket ini tidak ada atau tidak aktif.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("href=\"/counter\"", cut.Markup, StringComparison.Ordinal);
    }
}
