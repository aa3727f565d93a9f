using System.Globalization;
using MppQueue.Admin.Reports;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

/// <summary>The report's bar chart: round steps on the value axis, and day labels thinned so they never crowd.</summary>
public class DayChartTests
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id");

    [Theory]
    [InlineData(0, new long[] { 0, 1 })]
    [InlineData(3, new long[] { 0, 1, 2, 3 })]
    [InlineData(7, new long[] { 0, 2, 4, 6, 8 })]
    [InlineData(123, new long[] { 0, 50, 100, 150 })]
    [InlineData(1000, new long[] { 0, 200, 400, 600, 800, 1000 })]
    public void RoundTicks_Highest_StepsOfOneTwoOrFiveUpToAtLeastIt(long highest, long[] ticks) =>
        Assert.Equal(ticks, DayChart.RoundTicks(highest));

    [Theory]
    [InlineData(7, 7, 7, false)]
    [InlineData(30, 30, 15, false)]
    [InlineData(62, 62, 16, false)]
    [InlineData(365, 12, 12, true)]
    public void Of_AWeekAMonthAndAYear_ThinsTheLabelsToAtMostSixteen(int days, int bars, int labels, bool perMonth)
    {
        var chart = DayChart.Of(Report(new DateOnly(2026, 1, 1), days), Indonesian);

        Assert.Equal((bars, labels, perMonth), (chart.Bars.Count, chart.Bars.Count(b => b.ShowLabel), chart.PerMonth));
        Assert.True(chart.Bars[0].ShowLabel);
    }

    [Fact]
    public void Of_AMonth_LabelsEveryOtherDayAndEachBarSaysItsDayAndFigures()
    {
        var chart = DayChart.Of(Report(new DateOnly(2026, 11, 1), 30), Indonesian);

        Assert.Equal(["1 Nov", "3 Nov", "5 Nov"], chart.Bars.Where(b => b.ShowLabel).Take(3).Select(b => b.Label));
        Assert.Equal("Min 1 Nov 2026: 10 diambil, 8 dilayani", chart.Bars[0].Title);
        Assert.Equal("Tiket per hari", chart.Title);
        Assert.Equal("25%", chart.Height(10));
    }

    private static ReportResult Report(DateOnly first, int days) => new()
    {
        Period = new ReportPeriod(first, first.AddDays(days - 1)),
        Filter = ReportFilter.All,
        Counts = new ReportCounts(0, 0, 0, 0, 0, 0),
        Waiting = DurationStats.None,
        Service = DurationStats.None,
        WithinStandard = 0,
        BusiestHours = new HeatMap([.. Enumerable.Repeat(0L, 168)]),
        PerDay = [.. Enumerable.Range(0, days).Select(i => new DayFigures(first.AddDays(i), 10 + (i % 30), 8, 0))],
        QuotaUse = [],
        ByService = [],
        ByDesk = [],
        ByOfficer = [],
        Skm = IkmCalculator.ForSite([], first, first),
        Funnel = [],
    };
}
