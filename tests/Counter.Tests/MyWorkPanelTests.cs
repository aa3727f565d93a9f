using MppQueue.Core;
using MppQueue.Counter.Components;
using MppQueue.Counter.Tests.Support;

namespace MppQueue.Counter.Tests;

/// <summary>The officer's own figures on the console: today and this month, theirs only.</summary>
public sealed class MyWorkPanelTests : CounterTestBase
{
    [Fact]
    public void Render_TwoOfficersWorked_ShowsOnlyTheOfficersOwnWork()
    {
        var desk1 = Engine.Catalog.Desks["loket-01"];
        var desk2 = Engine.Catalog.Desks["loket-02"];
        var rina = AtDesk(desk1);
        var other = SaveOfficer("petugas-lain", desk2.AgencyId);
        Engine.SignInToDesk(desk2.Id, other);
        Serve(desk1.Id, rina.Id, minutes: 12);
        Serve(desk2.Id, other.Id, minutes: 5);
        Serve(desk2.Id, other.Id, minutes: 5);

        var cut = Render<MyWorkPanel>(p => p.Add(c => c.OfficerId, rina.Id));

        Assert.Equal("1", cut.Find("[data-testid='my-work-served'] [data-testid='my-work-today-value']").TextContent.Trim());
        Assert.Equal("1", cut.Find("[data-testid='my-work-served'] [data-testid='my-work-month-value']").TextContent.Trim());
        Assert.Equal("12,0 mnt (10,0 mnt)", cut.Find("[data-testid='my-work-service'] [data-testid='my-work-today-value']").TextContent.Trim());
        Assert.DoesNotContain(other.DisplayName, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_AfterAnotherService_CountsIt()
    {
        var desk = Engine.Catalog.Desks["loket-01"];
        var rina = AtDesk(desk);
        var cut = Render<MyWorkPanel>(p => p.Add(c => c.OfficerId, rina.Id));
        Assert.Equal("0", cut.Find("[data-testid='my-work-served'] [data-testid='my-work-today-value']").TextContent.Trim());

        Serve(desk.Id, rina.Id, minutes: 8);
        cut.Find("[data-testid='my-work-refresh']").Click();

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid='my-work-served'] [data-testid='my-work-today-value']").TextContent.Trim()), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Refresh_NoMoveButTheClockMoved_DutyGrows()
    {
        // Today's rollup is shared between consoles until a move or the next minute: time alone must still count.
        var desk = Engine.Catalog.Desks["loket-01"];
        var rina = AtDesk(desk);
        var cut = Render<MyWorkPanel>(p => p.Add(c => c.OfficerId, rina.Id));
        var before = cut.Find("[data-testid='my-work-duty'] [data-testid='my-work-today-value']").TextContent.Trim();

        Time.Advance(TimeSpan.FromMinutes(30));
        cut.Find("[data-testid='my-work-refresh']").Click();

        cut.WaitForAssertion(() => Assert.NotEqual(before, cut.Find("[data-testid='my-work-duty'] [data-testid='my-work-today-value']").TextContent.Trim()), TimeSpan.FromSeconds(5));
    }

    private void Serve(string deskId, string officerId, int minutes)
    {
        var service = Engine.Catalog.Desks[deskId].ServiceIds[0];
        var ticket = Engine.Issue(new IssueRequest(service));
        Engine.CallSpecific(deskId, ticket.Id, "uji", officerId);
        Time.Advance(TimeSpan.FromMinutes(minutes));
        Engine.Finish(deskId, ticket.Id, officerId);
    }
}
