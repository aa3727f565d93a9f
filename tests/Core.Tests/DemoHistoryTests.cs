using System.Collections.Immutable;
using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

[Collection(DemoHistoryCollection.Name)]
public class DemoHistoryTests(DemoHistoryFixture history)
{
    private readonly HistoryBatch _batch = history.Batch;
    private readonly SiteCatalog _catalog = history.Catalog;

    [Fact]
    public void Generate_DemoDayOnAMonday_TicketsOnEveryWeekdayOfTheFourWeeksBeforeAndTheDemoMorning()
    {
        var expected = Enumerable.Range(0, DemoHistory.Days + 1)
            .Select(i => DemoHistoryFixture.DemoDay.AddDays(-i))
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Order()
            .ToList();

        Assert.Equal(expected, history.WorkingDays);
        Assert.Equal(DemoHistoryFixture.DemoDay.AddDays(-DemoHistory.Days), _batch.FirstDay);
        Assert.Equal(DemoHistoryFixture.DemoDay.AddDays(-1), _batch.LastDay);
        Assert.All(_batch.Audit, a => Assert.Contains(history.LocalDay(a.At), expected));
        Assert.All(_batch.Bookings, b => Assert.Contains(b.Date, expected));
    }

    [Fact]
    public void Generate_HolidayInTheSiteCalendarDemoDayOnATuesday_NobodyComesOrWorksThatDayAndTheDemoCodesStayFree()
    {
        var holiday = new DateOnly(2026, 11, 10);
        var tuesday = DemoHistoryFixture.DemoDay.AddDays(1);
        var catalog = DemoMpp.Build();
        catalog = SiteCatalog.Create(
            catalog.Site with { Holidays = [holiday] },
            catalog.Zones.Values,
            catalog.Agencies.Values,
            catalog.Services.Values,
            catalog.Desks.Values);

        var withHoliday = DemoHistory.Generate(catalog, DemoMpp.Officers(), tuesday, DemoHistoryFixture.Now.AddDays(1));

        Assert.DoesNotContain(withHoliday.Tickets, t => t.ServiceDate == holiday);
        Assert.DoesNotContain(withHoliday.Audit, a => history.LocalDay(a.At) == holiday);
        Assert.DoesNotContain(withHoliday.Bookings, b => b.Date == holiday);
        Assert.Contains(withHoliday.Tickets, t => t.ServiceDate == holiday.AddDays(1));
        Assert.Empty(HistoryRules.Check(catalog, withHoliday));

        // The demo's own bookings for its day keep fixed codes (PAS20261123001 …), and the day before is in the history now.
        Assert.Contains(withHoliday.Bookings, b => b.Date == DemoHistoryFixture.DemoDay && b.Channel == BookingChannel.Agency);
        Assert.DoesNotContain(withHoliday.Bookings, b => DemoMpp.Bookings(tuesday).Any(d => d.Code == b.Code));
    }

    [Fact]
    public void Generate_SameSeedAndDemoDay_SameHistoryWithNewPageTokens()
    {
        var again = DemoHistory.Generate(DemoMpp.Build(), DemoMpp.Officers(), DemoHistoryFixture.DemoDay, DemoHistoryFixture.Now);

        Assert.Equal(_batch.Tickets.Count, again.Tickets.Count);
        for (var i = 0; i < _batch.Tickets.Count; i++)
        {
            // ImmutableList compares by reference: compare the moves one by one, the tokens (secrets) are new each time.
            Assert.Equal(_batch.Tickets[i] with { Token = "", History = [] }, again.Tickets[i] with { Token = "", History = [] });
            Assert.Equal(_batch.Tickets[i].History.AsEnumerable(), again.Tickets[i].History.AsEnumerable());
            Assert.NotEqual(_batch.Tickets[i].Token, again.Tickets[i].Token);
        }

        Assert.Equal(_batch.Audit.AsEnumerable(), again.Audit.AsEnumerable());
        Assert.Equal(_batch.Bookings.Select(b => b with { Token = "" }), again.Bookings.Select(b => b with { Token = "" }));
        Assert.Equal(_batch.Responses.Select(r => (r.TicketId, r.SubmittedAt, r.Answers, r.Comment)), again.Responses.Select(r => (r.TicketId, r.SubmittedAt, r.Answers, r.Comment)));
        Assert.Equal(_batch.LastSequence, again.LastSequence);
    }

    [Fact]
    public void Generate_DemoDay_PlayedUpToTheStartOfficersAtWorkPeopleWaitingSomeServed()
    {
        var today = _batch.Tickets.Where(t => t.ServiceDate == DemoHistoryFixture.DemoDay).ToList();

        Assert.All(today.SelectMany(t => t.History), m => Assert.True(m.At <= DemoHistoryFixture.Now));
        Assert.All(_batch.Audit, a => Assert.True(a.At <= DemoHistoryFixture.Now));
        Assert.InRange(today.Count, 50, 250);
        Assert.Contains(today, t => t.Status == TicketStatus.Waiting);
        Assert.Contains(today, t => t.Status is TicketStatus.Called or TicketStatus.Serving);
        Assert.True(today.Count(t => t.Status == TicketStatus.Done) > today.Count / 3);
        Assert.InRange(_batch.DeskStates.Count(s => s.SignedInOfficerId is not null), 22, 30);
        Assert.DoesNotContain(_batch.Bookings, b => b.Date == DemoHistoryFixture.DemoDay);
        Assert.Equal(DemoHistoryFixture.Now, _batch.Until);
    }

    [Fact]
    public void Generate_FirstStartOnAWednesdayEvening_TheWholeDemoDayIsPlayedAndEveryoneHasGoneHome()
    {
        var wednesday = DemoHistoryFixture.DemoDay.AddDays(2);
        var evening = SiteClock.ToInstant(wednesday, new TimeOnly(20, 0), history.Zone);

        var batch = DemoHistory.Generate(DemoMpp.Build(), DemoMpp.Officers(), wednesday, evening);

        var problems = HistoryRules.Check(_catalog, batch);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
        Assert.InRange(batch.Tickets.Count(t => t.ServiceDate == wednesday), 350, 800);
        Assert.DoesNotContain(batch.Tickets, t => t.Status is TicketStatus.Called or TicketStatus.Serving or TicketStatus.Held);
        Assert.All(batch.DeskStates, s => Assert.Null(s.SignedInOfficerId));
        Assert.Equal(wednesday.AddDays(-1), batch.LastDay);
    }

    [Fact]
    public void Generate_EveryMoveAndDeskSession_FollowsTheEngineRules()
    {
        var problems = HistoryRules.Check(_catalog, _batch);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Fact]
    public void Generate_Arrivals_PeakInTheMorningDipAtMiddayAndNoneInTheFridayBreak()
    {
        var walkIns = history.Past.Where(t => t.Channel == TicketChannel.WalkIn && t.ServiceDate.DayOfWeek != DayOfWeek.Friday).ToList();
        double PerHour(TimeOnly from, TimeOnly to) =>
            walkIns.Count(t => history.LocalTime(t.IssuedAt) >= from && history.LocalTime(t.IssuedAt) < to) / (to - from).TotalHours;

        var peak = PerHour(new TimeOnly(8, 30), new TimeOnly(10, 30));
        var midday = PerHour(new TimeOnly(12, 0), new TimeOnly(13, 0));
        var afternoon = PerHour(new TimeOnly(13, 15), new TimeOnly(14, 15));
        var late = PerHour(new TimeOnly(14, 45), new TimeOnly(15, 30));
        Assert.True(peak > 1.6 * midday, $"morning {peak:0} an hour, midday {midday:0}");
        Assert.True(afternoon > 1.3 * midday, $"after the break {afternoon:0} an hour, midday {midday:0}");
        Assert.True(peak > afternoon && afternoon > late, $"morning {peak:0}, afternoon {afternoon:0}, late {late:0}");

        var fridays = _batch.Tickets.Where(t => t.ServiceDate.DayOfWeek == DayOfWeek.Friday).ToList();
        Assert.NotEmpty(fridays);
        Assert.DoesNotContain(fridays, t => _catalog.Services[t.IssuingServiceId].FridayBreak is { } prayer && prayer.Contains(history.LocalTime(t.IssuedAt)));
        Assert.DoesNotContain(fridays, t => t.IssuingServiceId == "pajak-kendaraan" && history.LocalTime(t.IssuedAt) >= new TimeOnly(11, 30));
    }

    [Fact]
    public void Generate_Volumes_EveryServiceEveryWeekMondaysBusiestFridaysQuietest()
    {
        var perDay = history.Past.GroupBy(t => t.ServiceDate).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(perDay.Values, n => Assert.InRange(n, 250, 800));
        double Mean(DayOfWeek day) => perDay.Where(d => d.Key.DayOfWeek == day).Average(d => d.Value);
        Assert.True(Mean(DayOfWeek.Monday) > Mean(DayOfWeek.Wednesday) && Mean(DayOfWeek.Wednesday) > Mean(DayOfWeek.Friday), $"Mon {Mean(DayOfWeek.Monday):0}, Wed {Mean(DayOfWeek.Wednesday):0}, Fri {Mean(DayOfWeek.Friday):0}");

        foreach (var week in history.Past.GroupBy(t => (t.ServiceDate.DayNumber - _batch.FirstDay.DayNumber) / 7))
        {
            Assert.Equal(_catalog.Services.Keys.Order(), week.Select(t => t.IssuingServiceId).Distinct().Order());
        }

        // The busiest counters are the civil registry's ID cards and the vehicle tax, as in a real MPP.
        var busiest = _batch.Tickets.GroupBy(t => t.IssuingServiceId).OrderByDescending(g => g.Count()).Take(2).Select(g => g.Key).Order();
        Assert.Equal(["ktp-el", "pajak-kendaraan"], busiest);
    }

    [Fact]
    public void Generate_ServiceAndWaitingTimes_AroundEachServicesStandard()
    {
        foreach (var group in _batch.Tickets.Where(t => t.Status == TicketStatus.Done).GroupBy(t => t.ServiceId))
        {
            var standard = _catalog.Services[group.Key].StandardServiceMinutes;
            var median = Median(group.Select(TicketMeasures.ServiceTime).OfType<TimeSpan>());
            Assert.InRange(median.TotalMinutes, 0.5 * standard, 1.2 * standard);
        }

        var waits = _batch.Tickets.Select(TicketMeasures.WaitingTime).OfType<TimeSpan>().ToList();
        Assert.InRange(Median(waits).TotalMinutes, 1, 20);
        var withinStandard = _batch.Tickets.Count(t => TicketMeasures.WaitingTime(t) is { } wait && wait <= TimeSpan.FromMinutes(_catalog.Services[t.IssuingServiceId].StandardWaitMinutes));
        Assert.InRange(withinStandard / (double)waits.Count, 0.7, 0.97);
    }

    [Fact]
    public void Generate_Visitors_PriorityNoShowsAfterRecallsTransfersHoldsReturnsAndCancellations()
    {
        var tickets = history.Past;
        var moves = tickets.SelectMany(t => t.History).ToList();
        Assert.InRange(tickets.Count(t => t.IsPriority) / (double)tickets.Count, 0.04, 0.1);
        Assert.Equal(Enum.GetValues<PriorityGroup>().Skip(1), tickets.Where(t => t.IsPriority).Select(t => t.Priority).Distinct().Order());
        Assert.InRange(tickets.Count(t => t.Status == TicketStatus.NoShow) / (double)tickets.Count, 0.005, 0.05);
        Assert.All(tickets.Where(t => t.Status == TicketStatus.NoShow), t => Assert.Equal(MoveKind.Recall, t.History[^2].Kind));
        Assert.InRange(moves.Count(m => m.Kind == MoveKind.Transfer) / (double)tickets.Count, 0.005, 0.05);
        Assert.Contains(tickets, t => t.TransferredFromServiceId == "nib-oss" && t.ServiceId == "npwp");
        Assert.True(moves.Count(m => m.Kind == MoveKind.Hold) >= 20 && moves.Count(m => m.Kind == MoveKind.Hold) == moves.Count(m => m.Kind == MoveKind.Resume));
        Assert.True(moves.Count(m => m.Kind == MoveKind.Restore) >= 10, "no-shows who came back and were put back in line");
        Assert.Contains(tickets, t => t.Status == TicketStatus.Cancelled && t.History[^1].OfficerId is null);
        Assert.Contains(moves, m => m.Kind == MoveKind.Finish && m.From == TicketStatus.Called);
        Assert.True(tickets.Count(t => t.Status is TicketStatus.Waiting or TicketStatus.Called or TicketStatus.Serving or TicketStatus.Held) <= tickets.Count / 200, "tickets left unfinished at closing");
    }

    [Fact]
    public void Generate_Bookings_CheckedInAroundTheirSessionSomeCancelledSomeExpired()
    {
        var bookings = _batch.Bookings;
        Assert.Equal(["ktp-el", "paspor", "skck"], bookings.Select(b => b.ServiceId).Distinct().Order());
        Assert.InRange(bookings.Count(b => b.State == BookingState.Cancelled) / (double)bookings.Count, 0.02, 0.15);
        Assert.InRange(bookings.Count(b => b.State == BookingState.Expired) / (double)bookings.Count, 0.04, 0.2);
        Assert.DoesNotContain(bookings, b => b.State == BookingState.Booked);
        Assert.Equal([BookingChannel.Web, BookingChannel.Officer, BookingChannel.Agency], bookings.Select(b => b.Channel).Distinct().OrderBy(c => c));

        var tickets = _batch.Tickets.Where(t => t.BookingCode is not null).ToDictionary(t => t.BookingCode!);
        foreach (var booking in bookings.Where(b => b.State == BookingState.CheckedIn))
        {
            var ticket = tickets[booking.Code];
            var (opens, closes) = BookingCalendar.CheckInWindow(_catalog.Site, _catalog.Services[booking.ServiceId], booking.Date, booking.Window);
            Assert.Equal(booking.TicketId, ticket.Id);
            Assert.Equal(MoveKind.CheckIn, ticket.History[0].Kind);
            Assert.InRange(ticket.IssuedAt, opens, closes);
            Assert.True(booking.MadeAt < SiteClock.ToInstant(booking.Date, TimeOnly.MinValue, history.Zone));
        }

        Assert.Equal(bookings.Count(b => b.State == BookingState.CheckedIn), tickets.Count);
    }

    [Fact]
    public void Generate_DeskSessions_AroundOpeningHoursWithStaggeredPrayerAndBreaksAbsencesAndOneMove()
    {
        var sessions = HistoryRules.Sessions(_catalog, _batch.Audit, []);
        var officers = _batch.Audit.Select(a => a.ActorId).Distinct().ToList();
        Assert.Equal(31, officers.Count);
        Assert.Contains(DemoStaff.CoveringSupervisorId, officers);

        // Most sign in before their desk opens; a few come late.
        var starts = sessions.Where(s => history.LocalTime(s.From) < new TimeOnly(10, 0)).ToList();
        var late = starts.Count(s => history.LocalTime(s.From) > Opening(s.DeskId, s.From).AddMinutes(10));
        Assert.InRange(late, 2, starts.Count / 10);
        Assert.True(starts.Count(s => history.LocalTime(s.From) <= Opening(s.DeskId, s.From)) > starts.Count * 0.85);

        // One officer moves desk once; one leaves early; some desks stay closed on a day.
        var moved = Assert.Single(_batch.Audit, a => a.Detail?.StartsWith("moved to ", StringComparison.Ordinal) == true);
        Assert.Equal(history.LocalDay(moved.At), history.WorkingDays[6]);
        Assert.Contains(_batch.Audit, a => a.Action == "DeskSignedOut" && a.Detail is null && a.At.DayOfWeek != DayOfWeek.Friday && history.LocalTime(a.At) < new TimeOnly(14, 30));
        var perDay = sessions.GroupBy(s => history.LocalDay(s.From)).ToDictionary(g => g.Key, g => g.Select(s => s.DeskId).Distinct().Count());
        Assert.True(perDay.Values.Count(n => n < _catalog.Desks.Count) >= 4, "days with a desk closed for an officer away");
        Assert.Contains(sessions, s => s.OfficerId == DemoStaff.CoveringSupervisorId && s.DeskId == "loket-02");

        // Dzuhur around noon on weekdays; on Friday the Jumat prayer is longer.
        var pauses = sessions.SelectMany(s => s.Pauses).ToList();
        var dzuhur = pauses.Where(p => p.Reason == PauseReason.Prayer && p.From.DayOfWeek != DayOfWeek.Friday && history.LocalTime(p.From) < new TimeOnly(14, 0)).ToList();
        var jumat = pauses.Where(p => p.Reason == PauseReason.Prayer && p.From.DayOfWeek == DayOfWeek.Friday && history.LocalTime(p.From) < new TimeOnly(14, 0)).ToList();
        Assert.All(dzuhur, p => Assert.InRange(history.LocalTime(p.From), new TimeOnly(11, 45), new TimeOnly(13, 30)));
        Assert.True(Median(jumat.Select(p => p.To - p.From)) > 2 * Median(dzuhur.Select(p => p.To - p.From)));
        Assert.Contains(pauses, p => p.Reason == PauseReason.Break);
        Assert.Contains(pauses, p => p.Reason == PauseReason.Meeting);
        Assert.Contains(_batch.Audit, a => a.Detail == "Other: Gangguan jaringan SIAK");

        // Never all of an agency's desks away at noon on an ordinary day: the breaks are staggered.
        foreach (var day in history.WorkingDays.Where(d => d.DayOfWeek != DayOfWeek.Friday && d < DemoHistoryFixture.DemoDay))
        {
            var noon = SiteClock.ToInstant(day, new TimeOnly(12, 15), history.Zone);
            var open = sessions.Where(s => s.From <= noon && noon < s.To && !s.Pauses.Any(p => p.From <= noon && noon < p.To)).Select(s => _catalog.Desks[s.DeskId].AgencyId).ToHashSet();
            Assert.Contains("disdukcapil", open);
        }
    }

    [Fact]
    public void Generate_Survey_AThirdAnswerMostlyGoodAnIndexOfGradeB()
    {
        var done = _batch.Tickets.Where(t => t.Status == TicketStatus.Done).ToDictionary(t => t.Id);
        Assert.InRange(_batch.Responses.Count / (double)done.Count, 0.2, 0.4);
        Assert.All(_batch.Responses, r =>
        {
            var ticket = done[r.TicketId];
            Assert.Equal((ticket.ServiceId, ticket.DeskId, ticket.ServiceDate), (r.ServiceId, r.DeskId, r.ServiceDate));
            Assert.True(r.SubmittedAt > ticket.FinishedAt);
        });

        var index = IkmCalculator.ForSite(_batch.Responses, _batch.FirstDay, _batch.LastDay);
        Assert.Equal(SkmGrade.B, index.Grade);
        Assert.All(index.ElementMeans, mean => Assert.InRange(mean, 2.8m, 3.7m));
        var answers = _batch.Responses.SelectMany(r => r.Answers.Values).ToList();
        Assert.InRange(answers.Count(a => a >= 3) / (double)answers.Count, 0.8, 0.97);
        Assert.Contains(_batch.Responses, r => r.Comment is not null);
    }

    [Fact]
    public void Generate_Rollups_EveryDayOfTheFourWeeksBuiltFromItsTickets()
    {
        Assert.Equal(DemoHistory.Days, _batch.Rollups.Count);
        Assert.Equal(Enumerable.Range(0, DemoHistory.Days).Select(i => _batch.FirstDay.AddDays(i)), _batch.Rollups.Select(r => r.Day));
        foreach (var rollup in _batch.Rollups)
        {
            var tickets = _batch.Tickets.Where(t => t.ServiceDate == rollup.Day).ToList();
            Assert.Equal(tickets.Count, rollup.TicketCount);
            Assert.Equal(tickets.Count, rollup.Rows.Sum(r => r.Issued));
            Assert.Equal(tickets.Count(t => t.Status == TicketStatus.Done), rollup.Rows.Sum(r => r.Served));
            Assert.True(rollup.HasFunnel);
        }
    }

    [Fact]
    public void Generate_Colleagues_AreAccountsOfTheirAgencyWithoutAPassword()
    {
        Assert.Equal(20, _batch.Officers.Count);
        Assert.All(_batch.Officers, o =>
        {
            Assert.Equal(OfficerRole.Officer, o.Role);
            Assert.Equal(string.Empty, o.PasswordHash);
            Assert.DoesNotContain(DemoMpp.Officers(), d => d.Id == o.Id || d.UserName == o.UserName);
        });
        var signedIn = _batch.Audit.Where(a => a.Action == "DeskSignedIn").Select(a => a.ActorId).ToHashSet();
        Assert.All(_batch.Officers, o => Assert.Contains(o.Id, signedIn));
    }

    private TimeOnly Opening(string deskId, DateTimeOffset on)
    {
        var day = history.LocalDay(on);
        return _catalog.Desks[deskId].ServiceIds.Select(id => _catalog.Services[id].Hours.For(day.DayOfWeek)).OfType<TimeRange>().Min(h => h.Start);
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> spans)
    {
        var sorted = spans.Order().ToImmutableArray();
        return sorted[sorted.Length / 2];
    }
}
