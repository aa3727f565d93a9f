using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

/// <summary>
/// One waiting line, three policies, three different orders. Regular R1..R4 arrive at 08:00, 08:01, 08:02, 08:04;
/// an elderly visitor P arrives at 08:03.
/// </summary>
public class CallOrderTests
{
    private static readonly string[] _arrivals = ["R1", "R2", "R3", "P", "R4"];

    [Fact]
    public void CallNext_PriorityFirst_CallsThePriorityTicketBeforeAllRegular()
    {
        Assert.Equal(["P", "R1", "R2", "R3", "R4"], CallAll(PriorityPolicy.PriorityFirst));
    }

    [Fact]
    public void CallNext_RatioOfTwo_CallsThePriorityTicketAfterTwoRegular()
    {
        Assert.Equal(["R1", "R2", "P", "R3", "R4"], CallAll(PriorityPolicy.Ratio(2)));
    }

    [Fact]
    public void CallNext_AgeingThreeMinutes_CallsThePriorityTicketAsIfItArrivedAt0800()
    {
        // P counts as 08:00, the same as R1; the real arrival breaks the tie, so R1 first.
        Assert.Equal(["R1", "P", "R2", "R3", "R4"], CallAll(PriorityPolicy.Ageing(3)));
    }

    [Fact]
    public void ForService_RatioCountCarriesOverFromCallsAlreadyMade()
    {
        var t0 = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
        var waiting = new[] { Make("R3", t0, false), Make("P", t0.AddMinutes(1), true) };

        var order = CallOrder.ForService(waiting, PriorityPolicy.Ratio(2), regularSinceLastPriority: 2);

        Assert.Equal(["P", "R3"], order.Select(r => r.Ticket.Id));
        Assert.True(order[0].Promoted);
    }

    [Fact]
    public void RegularSinceLastPriority_CountsBackToTheLastPriorityCall()
    {
        var t0 = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
        var called = new[]
        {
            Make("R1", t0, false) with { FirstCalledAt = t0.AddMinutes(1) },
            Make("P", t0, true) with { FirstCalledAt = t0.AddMinutes(2) },
            Make("R2", t0, false) with { FirstCalledAt = t0.AddMinutes(3) },
            Make("R3", t0, false) with { FirstCalledAt = t0.AddMinutes(4) },
            Make("R4", t0, false),
        };

        Assert.Equal(2, CallOrder.RegularSinceLastPriority(called));
    }

    [Fact]
    public void PickForDesk_APromotedTicketOfOneServiceGoesBeforeAnOlderTicketOfAnother()
    {
        var t0 = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
        var old = new RankedTicket(Make("old", t0, false), false, t0);
        var lifted = new RankedTicket(Make("lifted", t0.AddMinutes(10), true), true, t0.AddMinutes(10));

        Assert.Equal("lifted", CallOrder.PickForDesk([old, null, lifted])!.Ticket.Id);
        Assert.Null(CallOrder.PickForDesk([null, null]));
    }

    private static string[] CallAll(PriorityPolicy policy)
    {
        var harness = new EngineHarness(TestSite.Build(adjust: s => s.Id == "a" ? s with { Policy = policy } : s));
        var names = new Dictionary<string, string>();
        foreach (var name in _arrivals)
        {
            var ticket = harness.Issue("a", name == "P" ? PriorityGroup.Elderly : PriorityGroup.None);
            names[ticket.Id] = name;
        }

        var order = new List<string>();
        for (var i = 0; i < _arrivals.Length; i++)
        {
            var called = harness.Engine.CallNext("loket-01");
            order.Add(names[called.Id]);
            harness.Engine.Finish("loket-01", called.Id);
        }

        return [.. order];
    }

    private static Ticket Make(string id, DateTimeOffset arrived, bool priority) => new()
    {
        Id = id,
        Token = id,
        ServiceId = "a",
        IssuingServiceId = "a",
        Number = new TicketNumber("A", 1),
        ServiceDate = new DateOnly(2026, 11, 23),
        Status = TicketStatus.Waiting,
        Priority = priority ? PriorityGroup.Disabled : PriorityGroup.None,
        IssuedAt = arrived,
        ArrivedAt = arrived,
    };
}
