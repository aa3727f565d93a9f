using MppQueue.Counter.Components;
using MppQueue.Counter.Tests.Support;

namespace MppQueue.Counter.Tests;

/// <summary>The console's running clock: the browser ticks the seconds, the server renders it only for the warning.</summary>
public class ServiceTimerTests : CounterTestBase
{
    [Fact]
    public void Render_GivesTheBrowserTheMomentItCountsFromAndTheTimeShown()
    {
        var since = Time.GetUtcNow() - TimeSpan.FromSeconds(30);

        var cut = Render<ServiceTimer>(p => p.Add(x => x.Since, since).Add(x => x.StandardMinutes, 1));

        var clock = cut.Find("[data-testid='service-timer-clock']");
        Assert.Equal("0:30", clock.TextContent);
        Assert.Equal(since.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), clock.GetAttribute("data-mpp-since"));
        Assert.Equal(Time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), clock.GetAttribute("data-mpp-at"));

        // The console page loads the browser's clock once (CounterDeskMovesTests): a clock of its own makes no call.
        Assert.Empty(JSInterop.Invocations);
    }

    [Fact]
    public void Seconds_PassWithoutARender_UntilTheStandardTimeIsPassed()
    {
        var since = Time.GetUtcNow() - TimeSpan.FromSeconds(30);
        var cut = Render<ServiceTimer>(p => p.Add(x => x.Since, since).Add(x => x.StandardMinutes, 1));
        var renders = cut.RenderCount;

        Time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(renders, cut.RenderCount);
        Assert.Equal("false", cut.Find("[data-testid='service-timer']").GetAttribute("data-over"));

        Time.Advance(TimeSpan.FromSeconds(15));

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid='service-timer']").GetAttribute("data-over")));
        Assert.Equal("1:05", cut.Find("[data-testid='service-timer-clock']").TextContent);
        Assert.Equal(renders + 1, cut.RenderCount);
    }
}
