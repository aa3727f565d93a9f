using System.Globalization;
using MppQueue.Admin.Reports;

namespace MppQueue.Admin.Tests;

/// <summary>How the staff page writes a length of time: hours, whole minutes, or less than a minute, never "0 menit" for some time.</summary>
public class StaffFormatTests
{
    private static readonly CultureInfo _indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData(0, "0 menit")]
    [InlineData(20, "kurang dari 1 menit")]
    [InlineData(30, "kurang dari 1 menit")]
    [InlineData(40, "1 menit")]
    [InlineData(25 * 60, "25 menit")]
    [InlineData(150 * 60, "2,5 jam")]
    public void HoursText_Indonesian(int seconds, string expected) =>
        Assert.Equal(expected, StaffFormat.HoursText(TimeSpan.FromSeconds(seconds), _indonesian));

    [Fact]
    public void HoursText_UnderHalfAMinute_English() =>
        Assert.Equal("under 1 min", StaffFormat.HoursText(TimeSpan.FromSeconds(5), _english));
}
