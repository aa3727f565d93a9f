using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Counter.Pages;
using MudBlazor;

namespace MppQueue.Counter.Tests;

public class CounterDeskPageTests : ComponentTestBase
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(10);

    private IEnumerable<string> Snackbars => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? string.Empty);

    [Fact]
    public void OnCallNext_TicketWaiting_ShowsItAsTheCurrentNumber()
    {
        var desk = DeskFor("ktp-el");
        Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Render<CounterDeskPage>(p => p.Add(x => x.DeskId, desk.Id));

        cut.Find("[data-testid='call-next']").Click();

        cut.WaitForAssertion(() => Assert.Equal("A001", cut.Find("[data-testid='current-number']").TextContent));
        Assert.Contains($"A001 dipanggil ke Loket {desk.Number}.", Snackbars);
        Assert.True(cut.Find("[data-testid='call-next']").HasAttribute("disabled"));
    }

    [Fact]
    public void OnCallNext_NothingWaiting_ShowsTheEnginesSentence()
    {
        var desk = DeskFor("ktp-el");
        var cut = Render<CounterDeskPage>(p => p.Add(x => x.DeskId, desk.Id));

        cut.Find("[data-testid='call-next']").Click();

        cut.WaitForAssertion(() => Assert.Contains($"Tidak ada antrian yang menunggu untuk loket {desk.Number}.", Snackbars));
    }

    [Fact]
    public void OnNoShow_BeforeAnyRecall_IsRefusedWithTheReason()
    {
        var desk = DeskFor("ktp-el");
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id);
        var cut = Render<CounterDeskPage>(p => p.Add(x => x.DeskId, desk.Id));

        cut.Find("[data-testid='no-show']").Click();

        cut.WaitForAssertion(() => Assert.Contains("A001 harus dipanggil ulang minimal 1 kali sebelum ditandai tidak hadir.", Snackbars));
        Assert.Equal(TicketStatus.Called, Engine.CurrentTicket(desk.Id)?.Status);
    }

    [Fact]
    public void OnNoShow_AfterARecall_FreesTheDesk()
    {
        var desk = DeskFor("ktp-el");
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id);
        var cut = Render<CounterDeskPage>(p => p.Add(x => x.DeskId, desk.Id));

        cut.Find("[data-testid='recall']").Click();
        cut.WaitForAssertion(() => Assert.Contains("1 kali", cut.Markup, StringComparison.Ordinal));
        cut.Find("[data-testid='no-show']").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='current-none']")));
        Assert.Equal(TicketStatus.NoShow, Engine.TicketsToday().Single().Status);
    }

    [Fact]
    public void OnNoShow_English_IsRefusedInEnglish()
    {
        UseCulture("en");
        var desk = DeskFor("ktp-el");
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id);
        var cut = Render<CounterDeskPage>(p => p.Add(x => x.DeskId, desk.Id));

        cut.Find("[data-testid='no-show']").Click();

        cut.WaitForAssertion(() => Assert.Contains("A001 must be recalled at least 1 time(s) before it is marked as a no-show.", Snackbars));
    }

    [Fact]
    public async Task OnCallNext_WhileTheCallIsInFlight_EveryButtonIsDisabledAndOnlyOneTicketIsCalled()
    {
        var desk = DeskFor("ktp-el");
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));
        using var inFlight = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();

        // A listener that holds the engine's commit open stands in for a slow disk.
        using var slowCommit = Notifier.Subscribe(e =>
        {
            if (e.Kind == QueueEventKind.TicketCalled)
            {
                inFlight.Set();
                release.Wait(_patience);
            }
        });
        var cut = Render<CounterDeskPage>(p => p.Add(x => x.DeskId, desk.Id));

        var clicking = cut.Find("[data-testid='call-next']").ClickAsync(new MouseEventArgs());
        Assert.True(inFlight.Wait(_patience));
        cut.WaitForAssertion(() =>
        {
            foreach (var id in new[] { "call-next", "recall", "finish", "no-show" })
            {
                Assert.True(cut.Find($"[data-testid='{id}']").HasAttribute("disabled"), id + " is enabled during a call");
            }
        });
        release.Set();
        await clicking;

        cut.WaitForAssertion(() => Assert.Equal("A001", cut.Find("[data-testid='current-number']").TextContent));
        Assert.Single(Engine.TicketsToday(), t => t.Status == TicketStatus.Called);
    }

    [Fact]
    public void Render_UnknownDesk_SaysSoAndOffersTheList()
    {
        var cut = Render<CounterDeskPage>(p => p.Add(x => x.DeskId, "loket-99"));

        Assert.Contains("Loket ini tidak ada atau tidak aktif.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("href=\"/counter\"", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_KioskIssues_WaitingCountRisesLive()
    {
        var desk = DeskFor("ktp-el");
        var cut = Render<CounterDeskPage>(p => p.Add(x => x.DeskId, desk.Id));

        Engine.Issue(new IssueRequest("ktp-el"));

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid='waiting-count']").TextContent));
    }
}
