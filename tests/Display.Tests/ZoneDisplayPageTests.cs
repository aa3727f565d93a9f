using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Display.Pages;

namespace MppQueue.Display.Tests;

public class ZoneDisplayPageTests : ComponentTestBase
{
    [Fact]
    public void Render_NoCallsYet_SaysSoWithTheSiteZoneAndDate()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        Assert.Equal("Belum ada panggilan", cut.Find("[data-testid='display-no-calls']").TextContent);
        Assert.Contains(DemoMpp.SiteName, cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Zona 1", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("09.00", cut.Find("[data-testid='display-time']").TextContent);
    }

    [Fact]
    public void Render_DeskCalls_ShowsNumberAndDeskLive()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        var desk = DeskFor("ktp-el");
        Engine.Issue(new IssueRequest("ktp-el"));

        Engine.CallNext(desk.Id);

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("A001", cut.Find("[data-testid='display-now-number']").TextContent);
            Assert.Equal($"Loket {desk.Number}", cut.Find("[data-testid='display-now-desk']").TextContent);
        });
    }

    [Fact]
    public void Render_SecondCall_MovesTheFirstToLastCalls()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        var desk = DeskFor("ktp-el");
        var first = Engine.Issue(new IssueRequest("ktp-el"));
        Engine.Issue(new IssueRequest("ktp-el"));

        Engine.CallNext(desk.Id);
        Engine.Finish(desk.Id, first.Id);
        Engine.CallNext(desk.Id);

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("A002", cut.Find("[data-testid='display-now-number']").TextContent);
            Assert.Contains("A001", cut.Find("[data-testid='display-last-calls']").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Render_CallInAnotherZone_IsNotShown()
    {
        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));
        var zone2Service = Engine.Catalog.Services.Values.First(s => s.ZoneId == "zona-2");
        Engine.Issue(new IssueRequest(zone2Service.Id));

        Engine.CallNext(DeskFor(zone2Service.Id).Id);
        var sameZone = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-2"));

        sameZone.WaitForAssertion(() => Assert.NotNull(sameZone.Find("[data-testid='display-now-number']")));
        Assert.Equal("Belum ada panggilan", cut.Find("[data-testid='display-no-calls']").TextContent);
    }

    [Fact]
    public void Render_AfterCalls_NewScreenShowsThemAtOnce()
    {
        var desk = DeskFor("ktp-el");
        Engine.Issue(new IssueRequest("ktp-el"));
        Engine.CallNext(desk.Id);

        var cut = Render<ZoneDisplayPage>(p => p.Add(x => x.ZoneId, "zona-1"));

        Assert.Equal("A001", cut.Find("[data-testid='display-now-number']").TextContent);
        Assert.DoesNotContain("fresh", cut.Find("[data-testid='display-now']").ClassName, StringComparison.Ordinal);
    }
}
