using System.Collections.Immutable;
using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;

namespace MppQueue.Core.Tests;

/// <summary>Hours, closed days, the Friday break, the cut-off and the quota, checked when a ticket is issued.</summary>
public class DayLimitsTests
{
    private static SiteCatalog Weekdays(Func<Service, Service>? adjust = null) => TestSite.Build(adjust: s =>
    {
        var weekdays = s with { Hours = WeeklySchedule.Weekdays(new TimeOnly(7, 30), new TimeOnly(16, 0)), FridayBreak = new TimeRange(new TimeOnly(11, 30), new TimeOnly(13, 0)) };
        return adjust is null ? weekdays : adjust(weekdays);
    });

    [Fact]
    public void Issue_BeforeOpening_IsRefusedWithTodaysOpeningTime()
    {
        var h = new EngineHarness(Weekdays(), new DateTime(2026, 11, 23, 7, 25, 0));

        var error = Refused(() => h.Engine.Issue(new IssueRequest("a")));

        Assert.Equal(QueueErrorCode.ServiceNotYetOpen, error.Code);
        Assert.Equal("Layanan Layanan A belum buka. Buka kembali Senin, 23 November 2026 pukul 07:30.", error.Error.Describe(Indonesian));
        Assert.Equal("Service Layanan A is not open yet. Opens again Monday, 23 November 2026 at 07:30.", error.Message);
        Assert.Empty(h.Store.AllTickets);
    }

    [Fact]
    public void Issue_AfterClosing_IsRefusedWithTheNextWorkingDay()
    {
        var h = new EngineHarness(Weekdays(), new DateTime(2026, 11, 27, 16, 5, 0));

        var error = Refused(() => h.Engine.Issue(new IssueRequest("a")));

        Assert.Equal(QueueErrorCode.ServiceClosedForToday, error.Code);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 7, 30, 0, TimeSpan.FromHours(7)), error.Error.NextOpening);
    }

    [Fact]
    public void Issue_OnASaturday_IsRefusedAsAClosedDay()
    {
        var h = new EngineHarness(Weekdays(), new DateTime(2026, 11, 28, 9, 0, 0));

        var error = Refused(() => h.Engine.Issue(new IssueRequest("a")));

        Assert.Equal(QueueErrorCode.ServiceClosedDay, error.Code);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 7, 30, 0, TimeSpan.FromHours(7)), error.Error.NextOpening);
    }

    [Fact]
    public void Issue_OnASiteHoliday_IsRefusedAndReopensAfterIt()
    {
        var catalog = Weekdays();
        catalog = catalog with { Site = catalog.Site with { Holidays = [new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)] } };
        var h = new EngineHarness(catalog, new DateTime(2026, 12, 24, 9, 0, 0));

        var error = Refused(() => h.Engine.Issue(new IssueRequest("a")));

        Assert.Equal(QueueErrorCode.ServiceClosedDay, error.Code);
        Assert.Equal(new DateTimeOffset(2026, 12, 28, 7, 30, 0, TimeSpan.FromHours(7)), error.Error.NextOpening);
    }

    [Fact]
    public void Issue_OnAServiceClosedDate_IsRefusedForThatServiceOnly()
    {
        var h = new EngineHarness(Weekdays(s => s.Id == "a" ? s with { ClosedDates = [new DateOnly(2026, 11, 23)] } : s));

        Assert.Equal(QueueErrorCode.ServiceClosedDay, Refused(() => h.Engine.Issue(new IssueRequest("a"))).Code);
        Assert.Equal("B001", h.Engine.Issue(new IssueRequest("b")).Number.ToString());
    }

    [Fact]
    public void Issue_DuringFridayPrayerBreak_IsRefusedUntil1300()
    {
        var h = new EngineHarness(Weekdays(), new DateTime(2026, 11, 27, 11, 30, 0));

        var error = Refused(() => h.Engine.Issue(new IssueRequest("a")));
        h.Clock.Advance(TimeSpan.FromMinutes(90));
        var after = h.Engine.Issue(new IssueRequest("a"));

        Assert.Equal(QueueErrorCode.FridayBreak, error.Code);
        Assert.Equal("Layanan Layanan A sedang istirahat sholat Jumat. Buka kembali Jumat, 27 November 2026 pukul 13:00.", error.Error.Describe(Indonesian));
        Assert.Equal("A001", after.Number.ToString());
    }

    [Fact]
    public void Issue_OnAThursdayAt1130_IsNotAPrayerBreak()
    {
        var h = new EngineHarness(Weekdays(), new DateTime(2026, 11, 26, 11, 45, 0));

        Assert.Equal(TicketStatus.Waiting, h.Engine.Issue(new IssueRequest("a")).Status);
    }

    [Fact]
    public void Issue_PastCutOff_IsRefusedThoughTheDesksStillServe()
    {
        var h = new EngineHarness(Weekdays(), new DateTime(2026, 11, 23, 15, 29, 0));
        var last = h.Issue("a");

        var error = Refused(() => h.Engine.Issue(new IssueRequest("a")));

        Assert.Equal(QueueErrorCode.PastCutOff, error.Code);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 7, 30, 0, TimeSpan.FromHours(7)), error.Error.NextOpening);
        Assert.Equal(last.Id, h.Engine.CallNext("loket-01").Id);
    }

    [Fact]
    public void Issue_QuotaUsedUp_IsRefusedAndOffersTomorrow()
    {
        var h = new EngineHarness(Weekdays(s => s with { Quota = new DailyQuota(2) }));
        h.Issue("a");
        h.Issue("a");

        var error = Refused(() => h.Engine.Issue(new IssueRequest("a")));
        var availability = h.Engine.Availability("a");

        Assert.Equal(QueueErrorCode.QuotaFull, error.Code);
        Assert.Equal("Kuota Layanan A hari ini sudah habis. Buka kembali Selasa, 24 November 2026 pukul 07:30.", error.Error.Describe(Indonesian));
        Assert.Equal((AvailabilityState.QuotaFull, 0, 2), (availability.State, availability.QuotaLeft, availability.QuotaTotal));
    }

    [Fact]
    public void Issue_SplitQuota_WalkInPartFullStillLetsPriorityIn()
    {
        var h = new EngineHarness(Weekdays(s => s with { Quota = new DailyQuota(10, walkIn: 1, online: 5, priority: 2) }));
        h.Issue("a");

        Assert.Equal(QueueErrorCode.QuotaFull, Refused(() => h.Engine.Issue(new IssueRequest("a"))).Code);
        h.Issue("a", PriorityGroup.Pregnant);
        h.Issue("a", PriorityGroup.WithChild);
        Assert.Equal(QueueErrorCode.QuotaFull, Refused(() => h.Engine.Issue(new IssueRequest("a", PriorityGroup.Elderly))).Code);
        Assert.Equal(3, h.Store.AllTickets.Count);
    }

    [Fact]
    public void Availability_OpenService_ReportsQuotaLeft()
    {
        var h = new EngineHarness(Weekdays(s => s with { Quota = new DailyQuota(80) }));
        h.Issue("a");

        var availability = h.Engine.Availability("a");

        Assert.True(availability.IsOpen);
        Assert.Equal(79, availability.QuotaLeft);
    }

    [Fact]
    public void Issue_InactiveService_IsRefused()
    {
        var h = new EngineHarness(Weekdays(s => s.Id == "a" ? s with { Active = false } : s));

        Assert.Equal(QueueErrorCode.ServiceInactive, Refused(() => h.Engine.Issue(new IssueRequest("a"))).Code);
    }

    [Fact]
    public void WeeklySchedule_WeekdaysWithShortFriday_HasNoWeekend()
    {
        var week = WeeklySchedule.Weekdays(new TimeOnly(8, 0), new TimeOnly(15, 0), new TimeOnly(11, 0));

        Assert.Null(week.For(DayOfWeek.Saturday));
        Assert.Equal(new TimeOnly(11, 0), week.For(DayOfWeek.Friday)!.End);
        Assert.Equal(5, week.Days.Count);
        Assert.Equal(QueueErrorCode.InvalidValue, Assert.Throws<QueueException>(() => new TimeRange(new TimeOnly(16, 0), new TimeOnly(8, 0))).Code);
        _ = ImmutableDictionary<DayOfWeek, TimeRange>.Empty;
    }
}
