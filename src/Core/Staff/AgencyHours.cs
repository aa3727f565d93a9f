namespace MppQueue.Core;

/// <summary>An agency's working hours on a day: from its first service's opening to its last service's closing.</summary>
public sealed class AgencyHours
{
    private readonly Dictionary<string, (DateTimeOffset Opens, DateTimeOffset Closes)> _hours = new(StringComparer.Ordinal);

    public AgencyHours(SiteCatalog catalog, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var zone = catalog.Site.TimeZone;
        foreach (var service in catalog.Services.Values.Where(s => s.Active && !ServiceCalendar.IsClosedDay(catalog.Site, s, day)))
        {
            var range = service.Hours.For(day.DayOfWeek)!;
            var opens = SiteClock.ToInstant(day, range.Start, zone);
            var closes = SiteClock.ToInstant(day, range.End, zone);
            _hours[service.AgencyId] = _hours.TryGetValue(service.AgencyId, out var known)
                ? (opens < known.Opens ? opens : known.Opens, closes > known.Closes ? closes : known.Closes)
                : (opens, closes);
        }
    }

    public DateTimeOffset? Opens(string? agencyId) => agencyId is not null && _hours.TryGetValue(agencyId, out var h) ? h.Opens : null;

    public DateTimeOffset? Closes(string? agencyId) => agencyId is not null && _hours.TryGetValue(agencyId, out var h) ? h.Closes : null;
}
