using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Plans who works where on one day of the demo history, and when: each desk's own officer signs in a few minutes
/// before the desk's services open (now and then late), pauses for Dzuhur around noon and for lunch, staggered so
/// that an agency's desks are never all away at once, for the Jumat prayer on a Friday (women and officers who do not
/// pray there take a break), sometimes for Ashar, a meeting or a system outage, and signs out after closing once the
/// queue is served. A few days are special: an officer away (a colleague or the agency's supervisor covers), an
/// officer who moves desk mid-morning, a late start, an early end.
/// </summary>
internal static class DemoPlanner
{
    private static readonly string[] _meetings = ["Rapat koordinasi", "Rapat evaluasi layanan", "Briefing SOP baru", "Rapat evaluasi SKM"];

    /// <summary>The special days, by the index of the working day in the history (0 = the first).</summary>
    private static readonly ImmutableArray<Special> _specials =
    [
        new(1, Late: "loket-10"),
        new(3, Away: "loket-02", CoveredBy: DemoStaff.CoveringSupervisorId),
        new(6, Away: "loket-04", Moves: ("loket-06", "loket-04")),
        new(7, Outage: (["loket-01", "loket-02", "loket-03", "loket-04"], "Gangguan jaringan SIAK", new TimeOnly(10, 10), 27)),
        new(8, EarlyEnd: "loket-03"),
        new(9, Away: "loket-15"),
        new(12, Away: "loket-29"),
        new(13, Outage: (["loket-09", "loket-10", "loket-11", "loket-12"], "Gangguan sistem e-Samsat", new TimeOnly(9, 20), 18)),
        new(15, Away: "loket-22"),
        new(17, Away: "loket-28"),
    ];

    public static IReadOnlyList<DemoShift> Plan(SiteCatalog catalog, DateOnly day, int workingDay, IReadOnlyDictionary<string, Officer> officers, DemoRandom random)
    {
        var zone = catalog.Site.TimeZone;
        var special = _specials.FirstOrDefault(s => s.WorkingDay == workingDay);
        var shifts = new List<DemoShift>();
        foreach (var agency in catalog.Agencies.Values.Where(a => a.Active).OrderBy(a => a.SortOrder).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            var desks = catalog.Desks.Values
                .Where(d => d.Active && d.AgencyId == agency.Id)
                .OrderBy(d => d.Number)
                .ToList();
            for (var index = 0; index < desks.Count; index++)
            {
                var desk = desks[index];
                if (Hours(catalog, desk, day) is not { } hours || !DemoStaff.ByDesk.TryGetValue(desk.Id, out var member)
                    || !officers.TryGetValue(member.OfficerId, out var officer))
                {
                    continue;
                }

                if (special?.Away == desk.Id)
                {
                    if (special.CoveredBy is { } cover && officers.TryGetValue(cover, out var supervisor))
                    {
                        // The supervisor comes down after the morning's own work and leaves a little early.
                        var covering = Shift(catalog, supervisor, desk, day, hours, index, random, zone) with
                        {
                            SignIn = At(day, hours.Start, zone) + random.Minutes(12, 25),
                            EndAt = At(day, hours.End, zone) - random.Minutes(10, 20),
                        };
                        shifts.Add(covering);
                    }

                    continue;
                }

                var shift = Shift(catalog, officer, desk, day, hours, index, random, zone);
                if (special?.Late == desk.Id || random.Chance(0.025))
                {
                    shift = shift with { SignIn = At(day, hours.Start, zone) + random.Minutes(12, 45) };
                }

                if (special?.EarlyEnd == desk.Id)
                {
                    shift = shift with { EndAt = At(day, new TimeOnly(14, 10), zone) + random.Minutes(0, 10) };
                }

                if (special?.Moves is { } move && move.From == desk.Id)
                {
                    shift = shift with { Move = new DemoMove(At(day, new TimeOnly(10, 30), zone) + random.Minutes(0, 10), move.To) };
                }

                if (special?.Outage is { } outage && outage.Desks.Contains(desk.Id))
                {
                    var starts = At(day, outage.At, zone);
                    var pause = new DemoPause(starts, starts, starts.AddMinutes(outage.Minutes - 5), PauseReason.Other, outage.Note, Until: starts.AddMinutes(outage.Minutes));
                    shift = shift with { Pauses = [.. shift.Pauses.Add(pause).OrderBy(p => p.DueAt)] };
                }

                shifts.Add(shift);
            }
        }

        return shifts;
    }

    /// <summary>The desk's working hours on the day: from the earliest opening to the latest closing of its services open that day.</summary>
    public static TimeRange? Hours(SiteCatalog catalog, Desk desk, DateOnly day)
    {
        var ranges = desk.ServiceIds
            .Select(catalog.FindService)
            .OfType<Service>()
            .Where(s => s.Active && !ServiceCalendar.IsClosedDay(catalog.Site, s, day))
            .Select(s => s.Hours.For(day.DayOfWeek))
            .OfType<TimeRange>()
            .ToList();
        return ranges.Count == 0 ? null : new TimeRange(ranges.Min(r => r.Start), ranges.Max(r => r.End));
    }

    private static DemoShift Shift(SiteCatalog catalog, Officer officer, Desk desk, DateOnly day, TimeRange hours, int index, DemoRandom random, TimeZoneInfo zone)
    {
        var signIn = At(day, hours.Start, zone) - random.Minutes(2, 14);
        var endAt = At(day, hours.End, zone) + random.Minutes(0, 8);
        var pauses = new List<DemoPause>();
        var prays = DemoStaff.Prays(officer.Id);
        var stagger = index % 3;
        if (day.DayOfWeek == DayOfWeek.Friday)
        {
            var prayer = FridayBreakOf(catalog, desk);
            if (prayer is { } friday)
            {
                // Men go to the Jumat prayer; the others take their lunch break in the same closed hour.
                var reason = prays && DemoStaff.IsMan(officer.Id) ? PauseReason.Prayer : PauseReason.Break;
                var due = At(day, friday.Start, zone);
                var back = At(day, friday.End, zone) - random.Minutes(2, 14);
                pauses.Add(new DemoPause(due, due.AddMinutes(15), back.AddMinutes(-20), reason, null, Until: back));
            }
            else if (hours.End >= new TimeOnly(14, 0))
            {
                // A counter without a Friday break (the bank) lets its tellers go one after the other.
                var due = At(day, new TimeOnly(11, 40), zone).AddMinutes((45 * stagger) + random.Between(0.0, 6.0));
                pauses.Add(Lasting(due, PauseReason.Break, null, random.Minutes(35, 45)));
            }
        }
        else if (hours.End >= new TimeOnly(14, 0))
        {
            if (prays)
            {
                var dzuhur = At(day, new TimeOnly(11, 52), zone).AddMinutes((14 * stagger) + random.Between(0.0, 6.0));
                var prayerLength = random.Minutes(12, 20);
                pauses.Add(Lasting(dzuhur, PauseReason.Prayer, null, prayerLength));
                pauses.Add(Lasting(dzuhur + prayerLength + random.Minutes(10, 25), PauseReason.Break, null, random.Minutes(25, 40)));
            }
            else
            {
                var lunch = At(day, new TimeOnly(12, 0), zone).AddMinutes((20 * stagger) + random.Between(0.0, 8.0));
                pauses.Add(Lasting(lunch, PauseReason.Break, null, random.Minutes(30, 45)));
            }

            if (random.Chance(0.04) && hours.End >= new TimeOnly(15, 0))
            {
                var meeting = At(day, new TimeOnly(13, 40), zone) + random.Minutes(0, 35);
                pauses.Add(Lasting(meeting, PauseReason.Meeting, random.Of(_meetings), random.Minutes(30, 55)));
            }
        }

        if (prays && hours.End >= new TimeOnly(15, 45) && random.Chance(0.3))
        {
            var ashar = At(day, new TimeOnly(15, 5), zone) + random.Minutes(0, 20);
            pauses.Add(Lasting(ashar, PauseReason.Prayer, null, random.Minutes(8, 12)));
        }

        return new DemoShift(officer, desk.Id, signIn, endAt, [.. pauses.OrderBy(p => p.DueAt)]);
    }

    private static DemoPause Lasting(DateTimeOffset due, PauseReason reason, string? note, TimeSpan length) =>
        new(due, due, due.AddMinutes(45), reason, note, Length: length);

    private static TimeRange? FridayBreakOf(SiteCatalog catalog, Desk desk) =>
        desk.ServiceIds.Select(catalog.FindService).OfType<Service>().Select(s => s.FridayBreak).OfType<TimeRange>().FirstOrDefault();

    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone) => SiteClock.ToInstant(day, time, zone);

    private sealed record Special(
        int WorkingDay,
        string? Late = null,
        string? Away = null,
        string? CoveredBy = null,
        (string From, string To)? Moves = null,
        (string[] Desks, string Note, TimeOnly At, int Minutes)? Outage = null,
        string? EarlyEnd = null);
}
