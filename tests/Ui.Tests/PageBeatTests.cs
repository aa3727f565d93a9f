using System.Globalization;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MppQueue.ComponentTesting;
using MppQueue.Ui.Components;

namespace MppQueue.Ui.Tests;

public class PageBeatTests
{
    private static readonly DateTimeOffset _nineSeven = new(2026, 11, 23, 2, 0, 7, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 10, 10)]
    [InlineData(4, 10, 6)]
    [InlineData(7, 10, 3)]
    [InlineData(59, 60, 1)]
    [InlineData(1, 60, 59)]
    public void UntilNext_WaitsForTheNextMultipleOfThePeriod(int second, int periodSeconds, int expectedSeconds)
    {
        var now = new DateTimeOffset(2026, 11, 23, 2, 0, second, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), PageBeat.UntilNext(now, TimeSpan.FromSeconds(periodSeconds)));
    }

    [Theory]
    [InlineData(10_003, 9_997)]
    [InlineData(9_999, 10_001)]
    [InlineData(15_000, 5_000)]
    public void AfterTick_TimerThatFiredEarlyOrLate_WaitsForTheNextMultipleNotThisOne(int msIntoMinute, int expectedMs)
    {
        var now = new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero).AddMilliseconds(msIntoMinute);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), PageBeat.AfterTick(now, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Every_ListenersOfOnePeriod_ShareOneTimerAndTickTogetherOnTheMultiples()
    {
        var time = new FakeTimeProvider(_nineSeven);
        using var beat = new PageBeat(time, NullLogger<PageBeat>.Instance);
        var ticks = new List<string>();

        using var first = beat.Every(TimeSpan.FromSeconds(10), () => Note(ticks, "a", time));
        time.Advance(TimeSpan.FromSeconds(2));
        using var second = beat.Every(TimeSpan.FromSeconds(10), () => Note(ticks, "b", time));
        using var minute = beat.Every(TimeSpan.FromMinutes(1), () => Note(ticks, "m", time));
        Assert.Equal(2, beat.Timers);

        // Opened at 02:00:07 and 02:00:09: both tick at 02:00:10, then every 10 s.
        Assert.Empty(ticks);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(["a@10", "b@10"], ticks);

        Walk(time, 50);
        Assert.Equal(["a@10", "b@10", "a@20", "b@20", "a@30", "b@30", "a@40", "b@40", "a@50", "b@50"], ticks[..10]);
        Assert.Equal(["a@0", "b@0", "m@0"], ticks[10..].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_LastListenerGone_StopsTheTimer_AndAGoneListenerHearsNothing()
    {
        var time = new FakeTimeProvider(_nineSeven);
        using var beat = new PageBeat(time, NullLogger<PageBeat>.Instance);
        var ticks = new List<string>();
        var first = beat.Every(TimeSpan.FromSeconds(10), () => Note(ticks, "a", time));
        var second = beat.Every(TimeSpan.FromSeconds(10), () => Note(ticks, "b", time));

        first.Dispose();
        Walk(time, 13);
        Assert.Equal(["b@10", "b@20"], ticks);
        Assert.Equal(1, beat.Timers);

        second.Dispose();
        second.Dispose();
        Assert.Equal(0, beat.Timers);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["b@10", "b@20"], ticks);
    }

    [Fact]
    public void Tick_ListenerWhoseCircuitIsGone_DoesNotStopTheOthers()
    {
        var time = new FakeTimeProvider(_nineSeven);
        using var beat = new PageBeat(time, NullLogger<PageBeat>.Instance);
        var ticks = new List<string>();
        using var gone = beat.Every(TimeSpan.FromSeconds(10), () => throw new ObjectDisposedException("circuit"));
        using var failing = beat.Every(TimeSpan.FromSeconds(10), () => Task.FromException(new InvalidOperationException("broken page")));
        using var alive = beat.Every(TimeSpan.FromSeconds(10), () => Note(ticks, "a", time));

        Walk(time, 13);

        Assert.Equal(["a@10", "a@20"], ticks);
    }

    [Fact]
    public async Task Tick_DoesNotCarryTheFirstListenersContextToTheOthers()
    {
        using var beat = new PageBeat(TimeProvider.System, NullLogger<PageBeat>.Instance);
        var officer = new AsyncLocal<string>();
        var heard = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);

        // The first page to listen belongs to an officer's circuit; what the beat runs later must not see it.
        officer.Value = "officer-1";
        using var listener = beat.Every(TimeSpan.FromSeconds(1), () =>
        {
            heard.TrySetResult(officer.Value);
            return Task.CompletedTask;
        });

        Assert.Null(await heard.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    // A second at a time: the fake clock reads the end of an advance in every timer it fires on the way.
    private static void Walk(FakeTimeProvider time, int seconds)
    {
        for (var i = 0; i < seconds; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private static Task Note(List<string> ticks, string who, TimeProvider time)
    {
        ticks.Add(who + "@" + time.GetUtcNow().Second.ToString(CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }
}

public class PageBeatPageTests : ComponentTestBase
{
    [Fact]
    public async Task Refresh_PagesOfOnePeriod_ReloadTogetherOnTheSharedBeat_UntilTheyAreGone()
    {
        var beat = Services.GetRequiredService<PageBeat>();
        var first = Render<BeatProbe>();
        var second = Render<BeatProbe>();
        Assert.Equal(1, beat.Timers);
        var loads = (first.Instance.Loads, second.Instance.Loads);

        // Opened at 09:00:00: the beat is on the multiples of 10 s.
        Time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(loads, (first.Instance.Loads, second.Instance.Loads));
        Time.Advance(TimeSpan.FromSeconds(1));
        first.WaitForAssertion(() => Assert.Equal((loads.Item1 + 1, loads.Item2 + 1), (first.Instance.Loads, second.Instance.Loads)));

        await DisposeComponentsAsync();
        Assert.Equal(0, beat.Timers);
    }

    [Fact]
    public void Refresh_PageThatAsksForAnotherBeatAfterAReload_MovesToIt()
    {
        var beat = Services.GetRequiredService<PageBeat>();
        var page = Render<TurningProbe>();
        Assert.Equal((1, 0), (beat.Listeners(TimeSpan.FromSeconds(10)), beat.Listeners(TimeSpan.FromMinutes(1))));

        // Opened at 09:00:00 with something to turn: it looks every 10 s. At 09:00:10 it has nothing left to turn.
        page.Instance.Turns = false;
        var loads = page.Instance.Loads;
        Time.Advance(TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.Equal(loads + 1, page.Instance.Loads));
        Assert.Equal((0, 1), (beat.Listeners(TimeSpan.FromSeconds(10)), beat.Listeners(TimeSpan.FromMinutes(1))));

        // From then on it looks on the minute only.
        Time.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(loads + 1, page.Instance.Loads);
        Time.Advance(TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.Equal(loads + 2, page.Instance.Loads));
        Assert.Equal(1, beat.Timers);
    }

    /// <summary>A page that looks every 10 s while it has something to turn, else on the minute.</summary>
    private sealed class TurningProbe : LiveComponentBase
    {
        public int Loads { get; private set; }

        public bool Turns { get; set; } = true;

        protected override TimeSpan? RefreshInterval => Turns ? TimeSpan.FromSeconds(10) : TimeSpan.FromMinutes(1);

        protected override void Load() => Loads++;

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Loads);
    }

    /// <summary>A page with a 10 s beat that counts its loads.</summary>
    private sealed class BeatProbe : LiveComponentBase
    {
        public int Loads { get; private set; }

        protected override TimeSpan? RefreshInterval => TimeSpan.FromSeconds(10);

        protected override void Load() => Loads++;

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Loads);
    }
}
