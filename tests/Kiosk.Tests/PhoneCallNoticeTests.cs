using MppQueue.Kiosk.Board;

namespace MppQueue.Kiosk.Tests;

/// <summary>The phone's "you are called" notice without rendering: open until "on my way", one buzz per call.</summary>
public class PhoneCallNoticeTests
{
    [Fact]
    public void IsOpen_CalledThenOnMyWay_ClosesUntilTheRecall()
    {
        var notice = new PhoneCallNotice();

        Assert.False(notice.IsOpen(null));
        Assert.True(notice.IsOpen("call-1"));

        notice.Dismiss("call-1");
        Assert.False(notice.IsOpen("call-1"));
        Assert.True(notice.IsOpen("call-2"));
    }

    [Fact]
    public void ShouldAlert_SameCallRenderedAgain_BuzzesOnceAndAgainForARecall()
    {
        var notice = new PhoneCallNotice();

        Assert.False(notice.ShouldAlert(null));
        Assert.True(notice.ShouldAlert("call-1"));
        Assert.False(notice.ShouldAlert("call-1"));
        Assert.True(notice.ShouldAlert("call-2"));
    }
}
