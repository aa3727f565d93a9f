using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

/// <summary>Numbers restart at each local midnight of the site's own time zone.</summary>
public class NumberingTests
{
    [Theory]
    [InlineData("Asia/Jakarta", 7)]
    [InlineData("Asia/Makassar", 8)]
    [InlineData("Asia/Jayapura", 9)]
    public void Issue_AcrossLocalMidnight_RestartsTheSequence(string zone, int utcOffsetHours)
    {
        var allDay = TestSite.Build(zone, s => s with { Hours = TestSite.EveryDay(new TimeOnly(0, 0), new TimeOnly(23, 59)), CutOff = null });
        var h = new EngineHarness(allDay, new DateTime(2026, 11, 23, 23, 58, 0));
        var late1 = h.Engine.Issue(new IssueRequest("a"));
        var late2 = h.Engine.Issue(new IssueRequest("a"));

        h.Clock.Advance(TimeSpan.FromMinutes(2));
        var early = h.Engine.Issue(new IssueRequest("a"));

        Assert.Equal(("A001", "A002"), (late1.Number.ToString(), late2.Number.ToString()));
        Assert.Equal("A001", early.Number.ToString());
        Assert.Equal(new DateOnly(2026, 11, 23), late2.ServiceDate);
        Assert.Equal(new DateOnly(2026, 11, 24), early.ServiceDate);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero).AddHours(7 - utcOffsetHours), early.IssuedAt.ToUniversalTime());
    }

    [Fact]
    public void Issue_JustBeforeUtcMidnightInJayapura_IsAlreadyTomorrowsFirstNumber()
    {
        // 15:00 UTC is 00:00 WIT: a new day in Jayapura while it is still 22:00 in Jakarta.
        var allDay = TestSite.Build("Asia/Jayapura", s => s with { Hours = TestSite.EveryDay(new TimeOnly(0, 0), new TimeOnly(23, 59)), CutOff = null });
        var h = new EngineHarness(allDay, new DateTime(2026, 11, 23, 23, 58, 0));
        h.Engine.Issue(new IssueRequest("a"));
        h.Clock.Advance(TimeSpan.FromMinutes(2));

        var ticket = h.Engine.Issue(new IssueRequest("a"));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero), ticket.IssuedAt.ToUniversalTime());
        Assert.Equal((new DateOnly(2026, 11, 24), 1), (ticket.ServiceDate, ticket.Number.Sequence));
    }

    [Fact]
    public void Issue_AfterRestartTheSameDay_ContinuesWithoutReusingANumber()
    {
        var h = new EngineHarness();
        h.Issue("a");
        h.Issue("a");

        var next = h.Restart().Issue(new IssueRequest("a"));

        Assert.Equal("A003", next.Number.ToString());
    }

    [Theory]
    [InlineData("A", 12, "A012")]
    [InlineData("SK", 12, "SK012")]
    [InlineData("B2", 1234, "B21234")]
    public void TicketNumber_Formats_PrefixAndThreeDigitsAtLeast(string prefix, int sequence, string expected)
    {
        Assert.Equal(expected, new TicketNumber(prefix, sequence).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCD")]
    [InlineData("1A")]
    [InlineData("A-")]
    [InlineData("<s>")]
    public void TicketPrefix_Invalid_IsRefused(string prefix)
    {
        Assert.Equal(QueueErrorCode.InvalidValue, Assert.Throws<QueueException>(() => new TicketNumber(prefix, 1)).Code);
    }
}
