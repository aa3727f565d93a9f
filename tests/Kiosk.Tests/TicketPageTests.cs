using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Kiosk.Pages;

namespace MppQueue.Kiosk.Tests;

public class TicketPageTests : ComponentTestBase
{
    [Fact]
    public void Render_SecondInLine_ShowsWaitingAndOneAhead()
    {
        Engine.Issue(new IssueRequest("ktp-el"));
        var mine = Engine.Issue(new IssueRequest("ktp-el"));

        var cut = Render<TicketPage>(p => p.Add(x => x.Token, mine.Token));

        Assert.Equal("A002", cut.Find("[data-testid='ticket-number']").TextContent);
        Assert.Equal("Menunggu", cut.Find("[data-testid='ticket-status']").TextContent.Trim());
        Assert.Equal("1", cut.Find("[data-testid='people-ahead']").TextContent);
    }

    [Fact]
    public void Render_DeskCallsTheTicket_ShowsCalledAndWhereToGoLive()
    {
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Render<TicketPage>(p => p.Add(x => x.Token, mine.Token));
        var desk = DeskFor("ktp-el");

        Engine.CallNext(desk.Id);

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Dipanggil", cut.Find("[data-testid='ticket-status']").TextContent.Trim());
            Assert.Contains($"Silakan menuju Loket {desk.Number}", cut.Find("[data-testid='ticket-go-to']").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Render_TheOneAheadIsCalled_PeopleAheadDropsLive()
    {
        Engine.Issue(new IssueRequest("ktp-el"));
        var mine = Engine.Issue(new IssueRequest("ktp-el"));
        var cut = Render<TicketPage>(p => p.Add(x => x.Token, mine.Token));

        Engine.CallNext(DeskFor("ktp-el").Id);

        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("[data-testid='people-ahead']").TextContent));
    }

    [Fact]
    public void Render_UnknownToken_ShowsFriendlyMessageNotAnError()
    {
        var cut = Render<TicketPage>(p => p.Add(x => x.Token, "garbage"));

        Assert.Contains("Tiket tidak ditemukan", cut.Markup, StringComparison.Ordinal);
    }
}
