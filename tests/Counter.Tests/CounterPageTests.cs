using MppQueue.Core;
using MppQueue.Counter.Pages;
using MppQueue.Counter.Tests.Support;

namespace MppQueue.Counter.Tests;

/// <summary>The desk list: an officer sees their agency's desks and who sits where, and sits down or takes over.</summary>
public class CounterPageTests : CounterTestBase
{
    private static IEnumerable<string?> Desks(IRenderedComponent<CounterPage> cut) =>
        cut.FindAll("[data-testid='desk']").Select(d => d.GetAttribute("data-desk-id"));

    private static string StateOf(IRenderedComponent<CounterPage> cut, string deskId) =>
        cut.Find($"[data-testid='desk'][data-desk-id='{deskId}'] [data-testid='desk-state']").TextContent.Trim();

    [Fact]
    public void Render_Officer_ListsOnlyTheirAgencysDesks()
    {
        SignedInAs("petugas-samsat");

        var cut = Render<CounterPage>();

        Assert.Equal(["loket-09", "loket-10", "loket-11", "loket-12"], Desks(cut));
        Assert.Contains("Sri Wahyuningsih", cut.Find("[data-testid='officer-name']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='open-history']"));
    }

    [Fact]
    public void Render_AdminOrMppSupervisor_ListsEveryDeskAndOffersTheHistory()
    {
        SignedInAs("supervisor");

        var cut = Render<CounterPage>();

        Assert.Equal(30, Desks(cut).Count());
        Assert.NotNull(cut.Find("[data-testid='open-history']"));
    }

    [Fact]
    public void Choose_FreeDesk_SignsInThereAndOpensIt()
    {
        SignedInAs("petugas-samsat");
        var cut = Render<CounterPage>();
        Assert.Equal("Kosong", StateOf(cut, "loket-10"));

        cut.Find("[data-testid='desk'][data-desk-id='loket-10'] [data-testid='choose-desk']").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/counter/loket-10", Address, StringComparison.Ordinal));
        Assert.Equal("petugas-samsat", Engine.DeskHolder("loket-10"));
    }

    [Fact]
    public void Choose_DeskHeldByAColleague_SaysWhoAndTakesOverOnlyWhenConfirmed()
    {
        var colleague = SaveOfficer("samsat-2", "samsat", name: "Joko Susilo");
        Engine.SignInToDesk("loket-09", colleague);
        SignedInAs("petugas-samsat");
        var cut = Render<CounterPage>();
        Assert.Equal("Dipakai Joko Susilo sejak 09.00", StateOf(cut, "loket-09"));

        cut.Find("[data-testid='desk'][data-desk-id='loket-09'] [data-testid='choose-desk']").Click();
        Assert.Contains("Loket 9 sedang dipakai oleh Joko Susilo sejak 09.00. Ambil alih?", cut.Find("[data-testid='take-over-question']").TextContent, StringComparison.Ordinal);
        Assert.Equal(colleague.Id, Engine.DeskHolder("loket-09"));
        cut.Find("[data-testid='take-over-cancel']").Click();
        Assert.Empty(cut.FindAll("[data-testid='take-over-question']"));
        cut.Find("[data-testid='desk'][data-desk-id='loket-09'] [data-testid='choose-desk']").Click();
        cut.Find("[data-testid='take-over']").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/counter/loket-09", Address, StringComparison.Ordinal));
        Assert.Equal("petugas-samsat", Engine.DeskHolder("loket-09"));
        var audit = Store.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)[^1];
        Assert.Equal(("DeskSignedIn", "petugas-samsat", "loket-09", "take-over from samsat-2"), (audit.Action, audit.ActorId, audit.Subject, audit.Detail));
    }

    [Fact]
    public void Render_AColleagueSitsDownElsewhere_ShowsItLive()
    {
        SignedInAs("petugas-samsat");
        var colleague = SaveOfficer("samsat-2", "samsat", name: "Joko Susilo");
        var cut = Render<CounterPage>();

        Engine.SignInToDesk("loket-11", colleague);

        cut.WaitForAssertion(() => Assert.StartsWith("Dipakai Joko Susilo", StateOf(cut, "loket-11"), StringComparison.Ordinal));
    }

    [Fact]
    public void Render_OwnDesk_IsMarkedAsTheOfficers()
    {
        AtDesk(Engine.Catalog.Desks["loket-12"]);

        var cut = Render<CounterPage>();

        Assert.Equal("Loket Anda", StateOf(cut, "loket-12"));
    }
}
