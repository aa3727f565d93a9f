using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

public class WaitEstimatorTests
{
    private static List<TimeSpan> Minutes(params double[] minutes) => [.. minutes.Select(TimeSpan.FromMinutes)];

    [Fact]
    public void Estimate_SteadyTenMinuteServicesOneDesk_ThreeAheadIsThirtyToForty()
    {
        // median = p80 = 10; low = 10 × 3 ÷ 1 = 30; high = 10 × ⌈4 ÷ 1⌉ = 40.
        var estimate = WaitEstimator.Estimate(3, 1, Minutes(10, 10, 10, 10, 10, 10), standardServiceMinutes: 25);

        Assert.NotNull(estimate);
        Assert.Equal((30, 40), (estimate.LowMinutes, estimate.HighMinutes));
        Assert.Equal(WaitEstimateBasis.RecentServices, estimate.Basis);
        Assert.Equal(6, estimate.SampleCount);
    }

    [Fact]
    public void Estimate_SteadyServicesTwoDesks_HalvesTheWait()
    {
        // low = 10 × 4 ÷ 2 = 20; high = 10 × ⌈5 ÷ 2⌉ = 30.
        var estimate = WaitEstimator.Estimate(4, 2, Minutes(10, 10, 10, 10), 25);

        Assert.Equal((20, 30), (estimate!.LowMinutes, estimate.HighMinutes));
    }

    [Fact]
    public void Estimate_SpreadOutServices_GivesAWideRangeFromMedianAndEightiethPercentile()
    {
        // Sorted: 4 6 8 10 12 15 20 25 30 45. Median = (12 + 15) ÷ 2 = 13.5;
        // p80 by nearest rank = the ⌈0.8 × 10⌉ = 8th = 25.
        // Two ahead, one desk: low = 13.5 × 2 = 27; high = 25 × 3 = 75.
        var estimate = WaitEstimator.Estimate(2, 1, Minutes(30, 4, 12, 45, 8, 25, 6, 20, 15, 10), 10);

        Assert.Equal((27, 75), (estimate!.LowMinutes, estimate.HighMinutes));
        Assert.Equal(TimeSpan.FromMinutes(13.5), estimate.TypicalServiceTime);
        Assert.Equal(TimeSpan.FromMinutes(25), estimate.SlowServiceTime);
    }

    [Fact]
    public void Estimate_FewerThanThreeRecentTimes_UsesTheStandardServiceTime()
    {
        // Two quick services say little: standard 12 minutes; low = 12 × 3 = 36, high = 12 × 4 = 48.
        var estimate = WaitEstimator.Estimate(3, 1, Minutes(2, 3), standardServiceMinutes: 12);

        Assert.Equal((36, 48), (estimate!.LowMinutes, estimate.HighMinutes));
        Assert.Equal(WaitEstimateBasis.StandardServiceTime, estimate.Basis);
        Assert.Equal(0, estimate.SampleCount);
    }

    [Fact]
    public void Estimate_NonPositiveTimes_AreNotCountedAsSamples()
    {
        var estimate = WaitEstimator.Estimate(1, 1, Minutes(0, -5, 10, 10), standardServiceMinutes: 30);

        Assert.Equal(WaitEstimateBasis.StandardServiceTime, estimate!.Basis);
        Assert.Equal((30, 60), (estimate.LowMinutes, estimate.HighMinutes));
    }

    [Fact]
    public void Estimate_NoDeskOpen_GivesNoEstimate()
    {
        Assert.Null(WaitEstimator.Estimate(5, 0, Minutes(10, 10, 10), 10));
    }

    [Fact]
    public void Estimate_NobodyAhead_IsZeroToOneSlowService()
    {
        var estimate = WaitEstimator.Estimate(0, 3, Minutes(8, 9, 10, 11, 12), 10);

        // p80 of 8 9 10 11 12 is the 4th = 11.
        Assert.Equal((0, 11), (estimate!.LowMinutes, estimate.HighMinutes));
    }

    [Fact]
    public void Estimate_FractionalMinutes_RoundsLowDownAndHighUp()
    {
        // median = p80 = 7.5; low = 7.5 × 1 ÷ 2 = 3.75 → 3; high = 7.5 × ⌈2 ÷ 2⌉ = 7.5 → 8.
        var estimate = WaitEstimator.Estimate(1, 2, Minutes(7.5, 7.5, 7.5), 10);

        Assert.Equal((3, 8), (estimate!.LowMinutes, estimate.HighMinutes));
    }

    [Fact]
    public void Estimate_NegativeAhead_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WaitEstimator.Estimate(-1, 1, [], 10));
    }

    [Fact]
    public void RecentServiceTimes_TodaysTickets_AreCallToFinishOfTheServicesDoneTicketsNewestFirst()
    {
        var h = new EngineHarness();
        var first = h.Issue("a");
        var second = h.Issue("a");
        h.Issue("a");
        var other = h.Issue("sk");

        h.Engine.CallNext("loket-01");
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        h.Engine.StartServing("loket-01", first.Id);
        h.Clock.Advance(TimeSpan.FromMinutes(6));
        h.Engine.Finish("loket-01", first.Id);

        h.Engine.CallNext("loket-01");
        h.Clock.Advance(TimeSpan.FromMinutes(11));
        h.Engine.Finish("loket-01", second.Id);

        h.Engine.CallNext("loket-04");
        h.Clock.Advance(TimeSpan.FromMinutes(30));
        h.Engine.Finish("loket-04", other.Id);

        // The third A ticket is still waiting; SK is another service.
        var times = WaitEstimator.RecentServiceTimes(h.Engine.TicketsToday(), "a");

        Assert.Equal([TimeSpan.FromMinutes(11), TimeSpan.FromMinutes(8)], times);
        Assert.Equal([TimeSpan.FromMinutes(11)], WaitEstimator.RecentServiceTimes(h.Engine.TicketsToday(), "a", count: 1));
    }
}
