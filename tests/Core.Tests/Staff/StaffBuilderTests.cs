using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests.Staff;

/// <summary>
/// Staff figures from moves made through the real engine on a fake clock, checked against values worked out by hand
/// from the script (and, in the random day, counted minute by minute by the test itself).
/// </summary>
public sealed class StaffBuilderTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateOnly Friday = new(2026, 11, 27);

    [Fact]
    public void Build_OneOfficersMorning_EveryFigureAsWorkedOut()
    {
        var h = new EngineHarness();
        var at = Clock(h, Monday);
        var officer = h.Officer("o1", "disdukcapil");
        h.Officer("o3", "disdukcapil");

        at(8, 0);
        h.Engine.SignInToDesk("loket-01", officer);
        at(8, 10);
        var first = h.Engine.Issue(new IssueRequest("a", PriorityGroup.None));
        at(8, 25);
        h.Engine.CallNext("loket-01", "o1");
        at(8, 27);
        h.Engine.StartServing("loket-01", first.Id, "o1");
        at(8, 37);
        h.Engine.Finish("loket-01", first.Id, "o1");
        at(8, 40);
        h.Engine.PauseDesk("loket-01", PauseReason.Prayer, officerId: "o1");
        at(8, 45);
        var second = h.Engine.Issue(new IssueRequest("a", PriorityGroup.None));
        at(9, 0);
        h.Engine.ResumeDesk("loket-01", "o1");
        at(9, 5);
        h.Engine.CallNext("loket-01", "o1");
        at(9, 6);
        h.Engine.Recall("loket-01", second.Id, "o1");
        at(9, 10);
        h.Engine.MarkNoShow("loket-01", second.Id, "o1");
        at(9, 20);
        h.Engine.SignOutOfDesk("loket-01", "o1");

        var day = Build(h, Monday, EndOf(h, Monday));

        var row = Assert.Single(day.Rows);
        Assert.Equal(("o1", "loket-01", "disdukcapil"), (row.OfficerId, row.DeskId, row.AgencyId));
        Assert.Equal(Minutes(80), row.DutyTicks);
        Assert.Equal(Minutes(20), row.PausedPrayerTicks);
        Assert.Equal(0, row.PausedBreakTicks + row.PausedMeetingTicks + row.PausedOtherTicks);

        // 08:10–08:25 (A1 waiting, desk free) and 09:00–09:05 (A2 waiting after the pause); not 08:45–09:00, paused.
        Assert.Equal(Minutes(20), row.IdleWhileWaitingTicks);
        Assert.Equal(Minutes(12 + 5), row.BusyTicks);
        Assert.Equal((2, 1, Minutes(2)), (row.Calls, row.Started, row.CallToStartTicks));
        Assert.Equal((1, Minutes(10), 1, Minutes(10)), (row.Served, row.ServiceTicks, row.WithinStandard, row.StandardTicks));
        Assert.Equal((1, Minutes(5), 0), (row.NoShows, row.NoShowTicks, row.Transfers));

        var present = day.Presence.Single(p => p.OfficerId == "o1");
        Assert.Equal(Local(h, Monday, 8, 0), present.FirstIn);
        Assert.Equal(Local(h, Monday, 9, 20), present.LastOut);
        Assert.Equal(Local(h, Monday, 7, 30), present.Opens);
        Assert.Equal(Local(h, Monday, 16, 0), present.Closes);
        Assert.True(present.LateStart(StaffReportService.Grace));
        Assert.True(present.EarlyEnd(StaffReportService.Grace));
        Assert.False(present.SignOutMissing);
        Assert.True(day.Presence.Single(p => p.OfficerId == "o3").Absent);
    }

    [Fact]
    public void Build_OfficerMovesDesks_EachDeskGetsItsOwnTimeAndTheDayIsOnePresence()
    {
        var h = new EngineHarness(localStart: new DateTime(2026, 11, 23, 7, 0, 0));
        var at = Clock(h, Monday);
        var officer = h.Officer("o1", "disdukcapil");

        at(7, 35);
        h.Engine.SignInToDesk("loket-01", officer);
        at(10, 0);
        h.Engine.SignInToDesk("loket-02", officer);
        at(15, 50);
        h.Engine.SignOutOfDesk("loket-02", "o1");

        var day = Build(h, Monday, EndOf(h, Monday));

        Assert.Equal(Minutes(145), day.Rows.Single(r => r.DeskId == "loket-01").DutyTicks);
        Assert.Equal(Minutes(350), day.Rows.Single(r => r.DeskId == "loket-02").DutyTicks);
        var present = Assert.Single(day.Presence);
        Assert.Equal((Local(h, Monday, 7, 35), Local(h, Monday, 15, 50)), (present.FirstIn, present.LastOut));
        Assert.False(present.LateStart(StaffReportService.Grace));
        Assert.False(present.EarlyEnd(StaffReportService.Grace));
    }

    [Fact]
    public void Build_PauseAcrossTheFridayBreak_CountsWholeAndTheBreakIsNeverIdle()
    {
        var h = new EngineHarness(TestSite.Build(adjust: s => s with { FridayBreak = new TimeRange(new TimeOnly(11, 30), new TimeOnly(13, 0)) }));
        var at = Clock(h, Friday);
        var o1 = h.Officer("o1", "disdukcapil");
        var o2 = h.Officer("o2", "disdukcapil");

        at(10, 0);
        h.Engine.SignInToDesk("loket-01", o1);
        h.Engine.SignInToDesk("loket-02", o2);
        h.Engine.Issue(new IssueRequest("a", PriorityGroup.None));
        at(11, 15);
        h.Engine.PauseDesk("loket-01", PauseReason.Prayer, officerId: "o1");
        at(13, 15);
        h.Engine.ResumeDesk("loket-01", "o1");
        at(14, 0);
        h.Engine.SignOutOfDesk("loket-01", "o1");
        h.Engine.SignOutOfDesk("loket-02", "o2");

        var day = Build(h, Friday, EndOf(h, Friday));

        var paused = day.Rows.Single(r => r.OfficerId == "o1");
        Assert.Equal(Minutes(120), paused.PausedPrayerTicks);
        Assert.Equal(Minutes(75 + 45), paused.IdleWhileWaitingTicks);

        // Never paused, a visitor waiting all along: idle except in the scheduled break.
        var open = day.Rows.Single(r => r.OfficerId == "o2");
        Assert.Equal(0, open.PausedTicks);
        Assert.Equal(Minutes(240 - 90), open.IdleWhileWaitingTicks);
    }

    [Fact]
    public void Build_SignOutForgotten_SessionEndsAtTheClosingNotAtMidnight()
    {
        var h = new EngineHarness();
        var at = Clock(h, Monday);
        at(8, 0);
        h.Engine.SignInToDesk("loket-01", h.Officer("o1", "disdukcapil"));

        var day = Build(h, Monday, EndOf(h, Monday));

        var present = Assert.Single(day.Presence);
        Assert.True(present.SignOutMissing);
        Assert.Equal(Local(h, Monday, 16, 0), present.LastOut);
        Assert.Equal(Minutes(8 * 60), day.Rows.Single().DutyTicks);
        Assert.False(present.EarlyEnd(StaffReportService.Grace));
    }

    [Fact]
    public void Build_TodayStillOnDuty_SessionRunsToNow()
    {
        var h = new EngineHarness();
        var at = Clock(h, Monday);
        at(8, 0);
        h.Engine.SignInToDesk("loket-01", h.Officer("o1", "disdukcapil"));
        at(9, 30);

        var day = Build(h, Monday, h.Clock.GetUtcNow());

        Assert.Equal(Minutes(90), day.Rows.Single().DutyTicks);
        Assert.False(day.Presence.Single().SignOutMissing);
    }

    [Fact]
    public void Build_ClosedDay_RosteredOfficerIsNotAbsent()
    {
        var catalog = TestSite.Build(adjust: s => s with { Hours = WeeklySchedule.Weekdays(new TimeOnly(8, 0), new TimeOnly(15, 0)) });
        var sunday = new DateOnly(2026, 11, 29);
        var officer = new Officer { Id = "o1", UserName = "o1", DisplayName = "O1", Role = OfficerRole.Officer, AgencyId = "disdukcapil" };
        var supervisor = officer with { Id = "s1", Role = OfficerRole.Supervisor };

        var day = StaffBuilder.Build(sunday, [], [], catalog, [officer, supervisor], DateTimeOffset.MaxValue);

        var presence = Assert.Single(day.Presence);
        Assert.Equal("o1", presence.OfficerId);
        Assert.False(presence.WorkingDay);
        Assert.False(presence.Absent);
    }

    [Fact]
    public void Build_TakeOver_EndsTheFirstOfficersSession()
    {
        var h = new EngineHarness();
        var at = Clock(h, Monday);
        at(8, 0);
        h.Engine.SignInToDesk("loket-01", h.Officer("o1", "disdukcapil"));
        at(9, 0);
        h.Engine.SignInToDesk("loket-01", h.Officer("o2", "disdukcapil"), takeOver: true);
        at(10, 0);
        h.Engine.SignOutOfDesk("loket-01", "o2");

        var day = Build(h, Monday, EndOf(h, Monday));

        Assert.Equal(Minutes(60), day.Rows.Single(r => r.OfficerId == "o1").DutyTicks);
        Assert.Equal(Minutes(60), day.Rows.Single(r => r.OfficerId == "o2").DutyTicks);
    }

    /// <summary>
    /// A day of random moves at desk 2 (services A and B) with other services' visitors about, one move a minute at
    /// most; the test keeps its own minute-by-minute account of the desk and compares every figure.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Build_RandomDay_MatchesAMinuteByMinuteCount(int seed)
    {
        var h = new EngineHarness();
        var random = new Random(seed);
        var at = Clock(h, Monday);
        var officer = h.Officer("o1", "disdukcapil");
        var expected = new Expected();
        var signedIn = false;
        var paused = false;
        PauseReason reason = default;
        Ticket? current = null;
        DateTimeOffset? calledAt = null;
        DateTimeOffset? startedAt = null;
        var waiting = 0;

        for (var minute = 8 * 60; minute < 15 * 60; minute++)
        {
            var now = at(minute / 60, minute % 60);

            // One move at the start of the minute, then the minute is counted as the desk then stands.
            switch (random.Next(12))
            {
                case 0 when !signedIn:
                    h.Engine.SignInToDesk("loket-02", officer);
                    signedIn = true;
                    break;
                case 1 when signedIn && current is null && !paused && random.Next(4) == 0:
                    h.Engine.SignOutOfDesk("loket-02", "o1");
                    signedIn = false;
                    break;
                case 2 or 3:
                    h.Engine.Issue(new IssueRequest(random.Next(3) switch { 0 => "a", 1 => "b", _ => "c" }, PriorityGroup.None));
                    break;
                case 4 when signedIn && current is null && !paused:
                    reason = (PauseReason)random.Next(3);
                    h.Engine.PauseDesk("loket-02", reason, officerId: "o1");
                    paused = true;
                    break;
                case 5 when paused:
                    h.Engine.ResumeDesk("loket-02", "o1");
                    paused = false;
                    break;
                case 6 or 7 when signedIn && !paused && current is null && waiting > 0:
                    current = h.Engine.CallNext("loket-02", "o1");
                    calledAt = now;
                    startedAt = null;
                    expected.Calls++;
                    break;
                case 8 when current is not null && startedAt is null:
                    h.Engine.StartServing("loket-02", current.Id, "o1");
                    startedAt = now;
                    expected.Started++;
                    expected.CallToStart += (now - calledAt!.Value).Ticks;
                    break;
                case 9 when current is not null:
                    h.Engine.Finish("loket-02", current.Id, "o1");
                    var took = (now - (startedAt ?? calledAt!.Value)).Ticks;
                    expected.Served++;
                    expected.Service += took;
                    expected.Within += took <= Minutes(10) ? 1 : 0;
                    current = null;
                    break;
                case 10 when current is not null && startedAt is null:
                    h.Engine.Recall("loket-02", current.Id, "o1");
                    h.Engine.MarkNoShow("loket-02", current.Id, "o1");
                    expected.NoShows++;
                    expected.NoShowWait += (now - calledAt!.Value).Ticks;
                    current = null;
                    break;
            }

            waiting = h.Engine.TicketsToday().Count(t => t.Status == TicketStatus.Waiting && t.ServiceId is "a" or "b");
            if (signedIn)
            {
                expected.Duty += Minutes(1);
                if (paused)
                {
                    expected.Paused[(int)reason] += Minutes(1);
                }
                else if (current is not null)
                {
                    expected.Busy += Minutes(1);
                }
                else if (waiting > 0)
                {
                    expected.Idle += Minutes(1);
                }
            }
        }

        at(15, 0);
        if (paused)
        {
            h.Engine.ResumeDesk("loket-02", "o1");
        }

        if (current is not null)
        {
            h.Engine.Finish("loket-02", current.Id, "o1");
            expected.Served++;
            expected.Service += (h.Clock.GetUtcNow() - (startedAt ?? calledAt!.Value)).Ticks;
            expected.Within += (h.Clock.GetUtcNow() - (startedAt ?? calledAt!.Value)).Ticks <= Minutes(10) ? 1 : 0;
        }

        if (signedIn)
        {
            h.Engine.SignOutOfDesk("loket-02", "o1");
        }

        var row = Build(h, Monday, EndOf(h, Monday)).Rows.Single(r => r.DeskId == "loket-02");

        Assert.Equal(expected.Duty, row.DutyTicks);
        Assert.Equal(expected.Paused[0], row.PausedBreakTicks);
        Assert.Equal(expected.Paused[1], row.PausedPrayerTicks);
        Assert.Equal(expected.Paused[2], row.PausedMeetingTicks);
        Assert.Equal(expected.Busy, row.BusyTicks);
        Assert.Equal(expected.Idle, row.IdleWhileWaitingTicks);
        Assert.Equal((expected.Calls, expected.Started, expected.CallToStart), (row.Calls, row.Started, row.CallToStartTicks));
        Assert.Equal((expected.Served, expected.Service, expected.Within), (row.Served, row.ServiceTicks, row.WithinStandard));
        Assert.Equal((expected.NoShows, expected.NoShowWait), (row.NoShows, row.NoShowTicks));
        Assert.True(expected.Calls > 5 && expected.Idle > 0 && expected.Paused.Sum() > 0, "the random day exercised too little");
    }

    private static StaffDay Build(EngineHarness h, DateOnly day, DateTimeOffset now)
    {
        var zone = h.Engine.Catalog.Site.TimeZone;
        var audit = h.Store.LoadAudit(SiteClock.ToInstant(day, TimeOnly.MinValue, zone), SiteClock.ToInstant(day.AddDays(1), TimeOnly.MinValue, zone));
        return StaffBuilder.Build(day, h.Store.LoadTickets(day), audit, h.Engine.Catalog, h.Store.LoadOfficers(), now);
    }

    private static Func<int, int, DateTimeOffset> Clock(EngineHarness h, DateOnly day) => (hour, minute) =>
    {
        var instant = Local(h, day, hour, minute);
        h.Clock.SetUtcNow(instant);
        return instant;
    };

    private static DateTimeOffset Local(EngineHarness h, DateOnly day, int hour, int minute) =>
        SiteClock.ToInstant(day, new TimeOnly(hour, minute), h.Engine.Catalog.Site.TimeZone);

    private static DateTimeOffset EndOf(EngineHarness h, DateOnly day) => Local(h, day.AddDays(1), 0, 0);

    private static long Minutes(int minutes) => TimeSpan.FromMinutes(minutes).Ticks;

    private sealed class Expected
    {
        public long[] Paused { get; } = new long[4];

        public long Duty { get; set; }

        public long Busy { get; set; }

        public long Idle { get; set; }

        public int Calls { get; set; }

        public int Started { get; set; }

        public long CallToStart { get; set; }

        public int Served { get; set; }

        public long Service { get; set; }

        public int Within { get; set; }

        public int NoShows { get; set; }

        public long NoShowWait { get; set; }
    }
}
