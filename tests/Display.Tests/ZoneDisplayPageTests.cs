using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Display.Boards;
using MppQueue.Display.Pages;
using MppQueue.Ui.Components;

namespace MppQueue.Display.Tests;

public class ZoneDisplayPageTests : DisplayTestBase
{
    [Fact]
    public void Render_NoCallsYet_SaysSoWithTheSiteZoneAndDate()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        Assert.Equal("Belum ada panggilan", cut.Find("[data-testid='display-no-calls']").TextContent);
        Assert.Equal(DemoMpp.SiteName, cut.Find("[data-testid='display-site']").TextContent);
        Assert.Contains("Zona 1", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("09.00", cut.Find("[data-testid='display-time']").TextContent);
        Assert.Equal("Senin, 23 November 2026", cut.Find(".wall-date").TextContent);
    }

    [Fact]
    public void WaitingPages_TurnOnTheSharedBeat_OnEveryScreenOfTheZoneAtOnce()
    {
        Options.WaitingPerPage = 1;
        var first = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        Time.Advance(TimeSpan.FromSeconds(4));
        var second = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        var shown = first.Find("[data-testid='waiting-name']").TextContent;
        Assert.Equal(shown, second.Find("[data-testid='waiting-name']").TextContent);

        // The screen opened at 09:00:04 turns with the one opened at 09:00:00, on the clock's 09:00:10.
        Time.Advance(TimeSpan.FromSeconds(6));
        first.WaitForAssertion(() => Assert.NotEqual(shown, first.Find("[data-testid='waiting-name']").TextContent));
        second.WaitForAssertion(() => Assert.Equal(first.Find("[data-testid='waiting-name']").TextContent, second.Find("[data-testid='waiting-name']").TextContent));
    }

    [Fact]
    public void WallBeat_OnlyWhileTheWaitingListTurns_ElseTheScreenLooksOnTheMinute()
    {
        var beats = Services.GetRequiredService<PageBeat>();
        var minute = TimeSpan.FromMinutes(1);

        // Zone 2's eleven services fit on one page of twelve and there are no slides: the screen reloads for its
        // clock, on the minute.
        var wall = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-2"));
        Assert.Equal(1, beats.Listeners(minute));
        Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("09.00", wall.Find("[data-testid='display-time']").TextContent);
        Time.Advance(TimeSpan.FromSeconds(1));
        wall.WaitForAssertion(() => Assert.Equal("09.01", wall.Find("[data-testid='display-time']").TextContent));

        // Zone 1's thirteen take two pages: its screen turns them on the wall beat, not the minute.
        var pageBeats = beats.Listeners(Options.WallBeat);
        Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        Assert.Equal(1, beats.Listeners(minute));
        Assert.True(beats.Listeners(Options.WallBeat) > pageBeats);
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(12, 12)]
    [InlineData(45, 15)]
    [InlineData(600, 60)]
    [InlineData(7, 5)]
    [InlineData(3, 5)]
    public void WallBeat_FallsOnEveryMinuteAndEveryTurnOfTheWaitingPages(int pageSeconds, int beatSeconds)
    {
        var options = new DisplayOptions { WaitingPageSeconds = pageSeconds };

        Assert.Equal(TimeSpan.FromSeconds(beatSeconds), options.WallBeat);
    }

    [Fact]
    public void Board_StartServingTheCalledTicket_IsTheSameBoard_ButTheNextCallIsNot()
    {
        var called = IssueAndCall("ktp-el", "loket-03");
        Engine.Issue(new IssueRequest("ktp-el"));
        var before = ZoneBoard.Read(Engine.Snapshot, "zona-1", Options.PreviousCallsShown);

        // Serving changes nothing a wall shows: the page does not render for it.
        Engine.StartServing("loket-03", called.Id);
        Assert.Equal(before, ZoneBoard.Read(Engine.Snapshot, "zona-1", Options.PreviousCallsShown));

        Engine.Finish("loket-03", called.Id);
        Engine.CallNext("loket-03");
        var after = ZoneBoard.Read(Engine.Snapshot, "zona-1", Options.PreviousCallsShown);
        Assert.NotEqual(before, after);
        Assert.Equal("A002", after.Latest?.Number);
        Assert.Equal(["A001"], after.Previous.Select(c => c.Number));
    }

    [Fact]
    public void Render_DeskCalls_ShowsNumberDeskAndServiceLive()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        IssueAndCall("ktp-el", "loket-03");

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("A001", cut.Find("[data-testid='display-now-number']").TextContent);
            Assert.Equal("Loket 3", cut.Find("[data-testid='display-now-desk']").TextContent);
            Assert.Equal("KTP-el · Disdukcapil", cut.Find("[data-testid='display-now-service']").TextContent);
        });
    }

    [Fact]
    public void Render_CallWhileOpen_IsHighlightedForAFewSecondsOnly()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        IssueAndCall("ktp-el", "loket-03");
        cut.WaitForAssertion(() => Assert.Contains("fresh", cut.Find("[data-testid='display-now']").ClassList));
        Time.Advance(Options.Highlight);

        cut.WaitForAssertion(() => Assert.DoesNotContain("fresh", cut.Find("[data-testid='display-now']").ClassList));
        Assert.Equal("A001", cut.Find("[data-testid='display-now-number']").TextContent);
    }

    [Fact]
    public void Render_SecondCall_MovesTheFirstToPreviousCalls()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        var first = IssueAndCall("ktp-el", "loket-03");

        Engine.Finish("loket-03", first.Id);
        IssueAndCall("ktp-el", "loket-03");

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("A002", cut.Find("[data-testid='display-now-number']").TextContent);
            Assert.Contains("A001", cut.Find("[data-testid='display-last-calls']").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Render_RecallOfAnOlderCall_BringsItBackOnTopAndHighlighted()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        var first = IssueAndCall("ktp-el", "loket-01");
        IssueAndCall("paspor", "loket-07");
        Time.Advance(Options.Highlight);

        Engine.Recall("loket-01", first.Id);

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("A001", cut.Find("[data-testid='display-now-number']").TextContent);
            Assert.Contains("fresh", cut.Find("[data-testid='display-now']").ClassList);
            Assert.Contains("P001", cut.Find("[data-testid='display-last-calls']").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Render_TicketsIssued_CountsTheWaitingPerServiceLive()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        Engine.Issue(new IssueRequest("paspor"));
        Engine.Issue(new IssueRequest("paspor"));
        Engine.Issue(new IssueRequest("skck"));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("2", cut.Find("[data-service-id='paspor'] [data-testid='waiting-count']").TextContent);
            Assert.Equal("1", cut.Find("[data-service-id='skck'] [data-testid='waiting-count']").TextContent);
            Assert.Equal("0", cut.Find("[data-service-id='ktp-el'] [data-testid='waiting-count']").TextContent);
        });
        Assert.Empty(cut.FindAll("[data-service-id='npwp']"));
    }

    [Fact]
    public void Render_CallInAnotherZone_IsNotShown()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        var other = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-2"));

        IssueAndCall("npwp", "loket-28");

        other.WaitForAssertion(() => Assert.Equal("W001", other.Find("[data-testid='display-now-number']").TextContent));
        Assert.Equal("Belum ada panggilan", cut.Find("[data-testid='display-no-calls']").TextContent);
    }

    [Fact]
    public void Render_AfterCalls_NewScreenShowsThemAtOnceWithoutHighlight()
    {
        IssueAndCall("ktp-el", "loket-03");

        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        Assert.Equal("A001", cut.Find("[data-testid='display-now-number']").TextContent);
        Assert.DoesNotContain("fresh", cut.Find("[data-testid='display-now']").ClassList);
    }

    [Fact]
    public void Render_CallMadeByAnOfficerWorkingInEnglish_ScreenStaysIndonesian()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        var officer = new Thread(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            IssueAndCall("ktp-el", "loket-03");
        });
        officer.Start();
        officer.Join();

        cut.WaitForAssertion(() => Assert.Equal("A001", cut.Find("[data-testid='display-now-number']").TextContent));
        Assert.Equal("Nomor antrian", cut.Find(".zone-now-label").TextContent);
        Assert.Equal("Senin, 23 November 2026", cut.Find(".wall-date").TextContent);
    }

    [Fact]
    public void Render_RunningTextSet_ScrollsAlongTheBottom()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        Assert.Equal(Engine.Catalog.Site.RunningText, cut.Find("[data-testid='display-running-text']").TextContent.Trim());
    }

    [Fact]
    public void Render_UnknownZone_SaysSo()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-9"));

        Assert.Contains("Zona ini tidak ada.", cut.Find(".wall-place").TextContent, StringComparison.Ordinal);
    }
}
