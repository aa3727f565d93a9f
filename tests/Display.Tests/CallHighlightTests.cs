using MppQueue.Display.Boards;

namespace MppQueue.Display.Tests;

/// <summary>Which call a wall screen flashes, and until when, without rendering.</summary>
public class CallHighlightTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly TimeSpan Eight = TimeSpan.FromSeconds(8);

    [Fact]
    public void Observe_CallAlreadyShownWhenTheScreenOpened_NeverFlashes()
    {
        var highlight = new CallHighlight(Eight);

        Assert.False(highlight.Observe(12, Opened));
        Assert.False(highlight.Observe(12, Opened.AddSeconds(5)));
        Assert.False(highlight.IsOn(12, Opened.AddSeconds(5)));
    }

    [Fact]
    public void Observe_NewCall_FlashesForItsDurationOnce()
    {
        var highlight = new CallHighlight(Eight);
        highlight.Observe(12, Opened);

        Assert.True(highlight.Observe(15, Opened.AddSeconds(1)));
        Assert.False(highlight.Observe(15, Opened.AddSeconds(2)));

        Assert.True(highlight.IsOn(15, Opened.AddSeconds(8)));
        Assert.False(highlight.IsOn(15, Opened.AddSeconds(9)));
        Assert.False(highlight.IsOn(12, Opened.AddSeconds(2)));
    }

    [Fact]
    public void Observe_ScreenOpenedWithoutACall_FlashesTheFirstOne()
    {
        var highlight = new CallHighlight(Eight);
        highlight.Observe(null, Opened);

        Assert.True(highlight.Observe(1, Opened.AddSeconds(3)));
        Assert.True(highlight.IsOn(1, Opened.AddSeconds(3)));
        Assert.False(highlight.IsOn(null, Opened.AddSeconds(3)));
    }
}
