using MppQueue.Core;

namespace MppQueue.Bench;

/// <summary>
/// Generates a year of desk sessions as the engine's audit entries: on each open day every desk's officer (the
/// "petugas-{desk}" of <see cref="YearOfTickets"/>) signs in around the opening, pauses for a break and for prayer
/// (longer on Friday) and signs out around the closing. Test data for the report benchmark, not a feature.
/// </summary>
internal sealed class YearOfSessions(SiteCatalog catalog, int seed)
{
    private readonly Random _random = new(seed);

    public List<AuditEntry> Year(ReportPeriod year)
    {
        var entries = new List<AuditEntry>();
        var zone = catalog.Site.TimeZone;
        for (var day = year.From; day <= year.To; day = day.AddDays(1))
        {
            foreach (var desk in catalog.Desks.Values.Where(d => d.Active).OrderBy(d => d.Number))
            {
                var hours = desk.ServiceIds
                    .Select(catalog.FindService)
                    .Where(s => s is { Active: true } && !ServiceCalendar.IsClosedDay(catalog.Site, s, day))
                    .Select(s => s!.Hours.For(day.DayOfWeek)!)
                    .ToList();
                if (hours.Count == 0)
                {
                    continue;
                }

                DateTimeOffset At(TimeOnly time, int minutes) => SiteClock.ToInstant(day, time, zone).AddMinutes(minutes);
                var officer = "petugas-" + desk.Id;
                var opens = hours.Min(h => h.Start);
                var closes = hours.Max(h => h.End);
                void Add(DateTimeOffset at, QueueEventKind kind, string? detail = null) =>
                    entries.Add(new AuditEntry(Tokens.NewId(), at, officer, kind.ToString(), desk.Id, detail));

                Add(At(opens, _random.Next(-10, 25)), QueueEventKind.DeskSignedIn);
                var breakAt = At(new TimeOnly(10, 0), _random.Next(0, 30));
                Add(breakAt, QueueEventKind.DeskPaused, nameof(PauseReason.Break));
                Add(breakAt.AddMinutes(15), QueueEventKind.DeskResumed);
                var friday = day.DayOfWeek == DayOfWeek.Friday;
                var prayerAt = At(friday ? new TimeOnly(11, 30) : new TimeOnly(12, 0), _random.Next(0, 15));
                Add(prayerAt, QueueEventKind.DeskPaused, nameof(PauseReason.Prayer));
                Add(prayerAt.AddMinutes(friday ? 90 : 20), QueueEventKind.DeskResumed);
                Add(At(closes, _random.Next(-30, 10)), QueueEventKind.DeskSignedOut);
            }
        }

        return entries;
    }
}
