using Microsoft.Extensions.Time.Testing;

namespace MppQueue.Core.Tests;

/// <summary>The regional view's readings kept for one beat: what is kept, for how long, and what is not kept.</summary>
public class RegionBeatTests
{
    private static readonly TimeSpan Beat = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private readonly RegionBeat<string, int> _beat;
    private int _reads;

    public RegionBeatTests() => _beat = new RegionBeat<string, int>(["mpp_a", "mpp_b"], _time, Beat);

    [Fact]
    public void Get_ReadingThatThrows_IsNotKept_TheNextCallReads()
    {
        Assert.Throws<ReportException>(() => _beat.Get("mpp_a", "x", _ => true, () => throw new ReportException(ReportErrorCode.PeriodReversed)));

        var value = _beat.Get("mpp_a", "x", _ => true, Read);

        Assert.Equal(1, value);
        Assert.Equal(1, _beat.Count);
    }

    [Fact]
    public void Get_KeptReadingThatNoLongerFits_IsReadAgainWithinTheBeat()
    {
        _beat.Get("mpp_a", "x", _ => true, Read);

        var kept = _beat.Get("mpp_a", "x", _ => true, Read);
        var again = _beat.Get("mpp_a", "x", _ => false, Read);

        Assert.Equal(1, kept);
        Assert.Equal(2, again);
    }

    [Fact]
    public void Get_AddingAfterABeat_DropsTheReadingsOlderThanABeat()
    {
        _beat.Get("mpp_a", "x", _ => true, Read);
        _beat.Get("mpp_a", "y", _ => true, Read);
        _time.Advance(Beat);

        _beat.Get("mpp_b", "z", _ => true, Read);

        Assert.Equal(1, _beat.Count);
        Assert.Equal(4, _beat.Get("mpp_a", "x", _ => true, Read));
        Assert.Equal(2, _beat.Count);
    }

    private int Read() => ++_reads;
}
