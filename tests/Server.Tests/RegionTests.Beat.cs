using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Admin.Region;
using MppQueue.Core;
using MppQueue.Server.Tests.Support;
using MppQueue.Storage.Postgres;

namespace MppQueue.Server.Tests;

/// <summary>
/// The regional view's cost (docs/adr/0023-one-schema-per-site.md, "Regional view", "Cost"): a site's report over a
/// period is read at most once per beat however many people compare, and the totals count only the sites read. Reads
/// are counted by a wrapper around the real site (its check, made once per reading), on the clock of the test.
/// </summary>
public sealed partial class RegionTests
{
    private static readonly TimeSpan Beat = TimeSpan.FromSeconds(10);

    [Fact]
    public void Compare_AgainWithinTheBeat_DoesNotReadTheSiteAgain_AfterTheBeatItDoes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var site = Counted(A);
        using var reader = new RegionReader([site], time, Beat);

        var first = reader.Compare([A], ReportPeriodKind.ThisMonth);
        time.Advance(Beat - TimeSpan.FromSeconds(1));
        var second = reader.Compare([A], ReportPeriodKind.ThisMonth);
        var readsWithinTheBeat = site.Reads;
        reader.Compare([A], ReportPeriodKind.LastMonth);
        var readsForAnotherPeriod = site.Reads;
        time.Advance(TimeSpan.FromSeconds(1));
        var third = reader.Compare([A], ReportPeriodKind.ThisMonth);

        Assert.Equal(RegionSiteState.Ready, first[0].State);
        Assert.Same(first[0], second[0]);
        Assert.Equal(1, readsWithinTheBeat);
        Assert.Equal(2, readsForAnotherPeriod);
        Assert.Equal(3, site.Reads);
        Assert.NotSame(first[0], third[0]);
        Assert.Equal(first[0].Report!.Counts, third[0].Report!.Counts);
    }

    [Fact]
    public async Task Compare_TwoAtOnce_ReadTheSiteOnceAndBothGetTheReading()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var site = Counted(A);
        using var reader = new RegionReader([site], time, Beat);
        site.Hold.Reset();

        var first = Task.Run(() => reader.Compare([A], ReportPeriodKind.ThisMonth));
        Assert.True(site.Entered.Wait(TimeSpan.FromSeconds(30)), "The first comparison did not start reading.");
        using var secondStarted = new ManualResetEventSlim();
        var second = Task.Run(() =>
        {
            secondStarted.Set();
            return reader.Compare([A], ReportPeriodKind.ThisMonth);
        });
        Assert.True(secondStarted.Wait(TimeSpan.FromSeconds(30)));

        // The second waits for the site's one reader (a moment lets it reach the wait; if it comes later it finds the
        // reading kept, and the count is the same).
        await Task.Delay(200);
        site.Hold.Set();
        var results = await Task.WhenAll(first, second);

        Assert.Equal(1, site.Reads);
        Assert.Same(results[0][0], results[1][0]);
        Assert.Equal(RegionSiteState.Ready, results[1][0].State);
    }

    [Fact]
    public async Task Today_TwoSites_AreReadAtTheSameTime_AndListedAsWhenReadInTurn()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var a = Counted(A);
        var b = Counted(B);
        using var reader = new RegionReader([a, b], time, Beat, readersAtOnce: 2);
        using var inTurn = new RegionReader([Counted(A), Counted(B)], time, Beat, readersAtOnce: 1);
        a.Hold.Reset();
        b.Hold.Reset();

        // Each site's reading waits in its check until released (or 30 s): read in turn, the second would not start
        // within the 10 s given here.
        var reading = Task.Run(() => reader.Today([B, A]));
        var bothStarted = a.Entered.Wait(TimeSpan.FromSeconds(10)) && b.Entered.Wait(TimeSpan.FromSeconds(10));
        a.Hold.Set();
        b.Hold.Set();
        var today = await reading;

        Assert.True(bothStarted, "The two sites were not read at the same time.");
        Assert.Equal((1, 1), (a.Reads, b.Reads));
        Assert.All(today.Sites, s => Assert.Equal(RegionSiteState.Ready, s.State));
        Assert.Equal(inTurn.Today([A, B]).Sites.Select(s => (s.Schema, s.Name, s.Figures)), today.Sites.Select(s => (s.Schema, s.Name, s.Figures)));
    }

    [Fact]
    public void Compare_SiteThatCouldNotBeRead_IsReadAgainAtTheNextBeat()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var site = Counted(A);
        using var reader = new RegionReader([site], time, Beat);
        site.Down = true;

        var failed = reader.Compare([A], ReportPeriodKind.Today);
        site.Down = false;
        var withinTheBeat = reader.Compare([A], ReportPeriodKind.Today);
        var readsWithinTheBeat = site.Reads;
        time.Advance(Beat);
        var next = reader.Compare([A], ReportPeriodKind.Today);

        Assert.Equal(RegionSiteState.Unreachable, failed[0].State);
        Assert.Equal(RegionSiteState.Unreachable, withinTheBeat[0].State);
        Assert.Equal(1, readsWithinTheBeat);
        Assert.Equal(2, site.Reads);
        Assert.Equal(RegionSiteState.Ready, next[0].State);
    }

    [Fact]
    public void Compare_NamedPeriodPastTheSitesMidnight_IsReadForTheNewDay()
    {
        // A long beat, so that only the day changing can make the second reading.
        var zone = SiteClock.FindZone("Asia/Jakarta");
        var day = DateOnly.FromDateTime(SiteClock.ToLocal(DateTimeOffset.UtcNow, zone));
        var time = new FakeTimeProvider(SiteClock.ToInstant(day, new TimeOnly(23, 59, 50), zone));
        var site = Counted(A);
        using var reader = new RegionReader([site], time, TimeSpan.FromHours(1));

        var before = reader.Compare([A], ReportPeriodKind.Today);
        var custom = reader.Compare([A], ReportPeriodKind.Custom, new ReportPeriod(day, day));
        time.Advance(TimeSpan.FromSeconds(20));
        var after = reader.Compare([A], ReportPeriodKind.Today);
        var customAfter = reader.Compare([A], ReportPeriodKind.Custom, new ReportPeriod(day, day));

        Assert.Equal(new ReportPeriod(day, day), before[0].Period);
        Assert.Equal(new ReportPeriod(day.AddDays(1), day.AddDays(1)), after[0].Period);
        Assert.Same(custom[0], customAfter[0]);
        Assert.Equal(3, site.Reads);
    }

    [Fact]
    public async Task RegionPage_OneSiteNotSetUp_TotalsCountOnlyTheSitesReadAndSayHowManyCouldNotBe()
    {
        using var client = await Accounts.SignedInAsync(sites.Province, "wilayah.hilang", ThreeSites.Password);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(RegionRoutes.Command));

        var cell = Regex.Match(page, "data-testid=\"region-total-open\"[^>]*>(.*?)</td>", RegexOptions.Singleline);
        Assert.True(cell.Success, "The totals row has no open count.");
        var text = Regex.Replace(Regex.Replace(cell.Groups[1].Value, "<[^>]+>", string.Empty), @"\s+", " ").Trim();
        Assert.Matches(@"^[01] dari 1 buka · 1 tidak dapat dibaca$", text);
    }

    private CountedSite Counted(string schema) => new(new PostgresRegionSite(sites.Database, schema));

    /// <summary>A site that counts its readings (each reading checks the site once) and can be held or taken down.</summary>
    private sealed class CountedSite(PostgresRegionSite inner) : IRegionSite, IDisposable
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public bool Down { get; set; }

        /// <summary>Set when a reading has started.</summary>
        public ManualResetEventSlim Entered { get; } = new();

        /// <summary>A reading waits here until it is set (it is, unless a test resets it).</summary>
        public ManualResetEventSlim Hold { get; } = new(initialState: true);

        public string Schema => inner.Schema;

        public IQueueStore Tickets => inner.Tickets;

        public IReportStore Rollups => inner.Rollups;

        public ISurveyStore Surveys => inner.Surveys;

        public IStaffStore Staff => inner.Staff;

        public IDeviceStore Devices => inner.Devices;

        public RegionSiteState Check()
        {
            Interlocked.Increment(ref _reads);
            Entered.Set();
            Hold.Wait(TimeSpan.FromSeconds(30));
            return Down ? RegionSiteState.Unreachable : inner.Check();
        }

        public void Dispose()
        {
            inner.Dispose();
            Entered.Dispose();
            Hold.Dispose();
        }
    }
}
