using System.Collections.Immutable;
using MppQueue.Core;

namespace MppQueue.Bench;

/// <summary>The demo MPP made open all day with large quotas, plus twenty desks that all serve the same four services.</summary>
internal static class BenchSite
{
    public static SiteCatalog Build(int desks)
    {
        var demo = DemoMpp.Build();
        var allDay = new WeeklySchedule(Enum.GetValues<DayOfWeek>().ToImmutableDictionary(d => d, _ => new TimeRange(TimeOnly.MinValue, new TimeOnly(23, 59))));
        var services = demo.Services.Values
            .Select(s => s with { Hours = allDay, CutOff = null, FridayBreak = null, ClosedDates = [], Quota = new DailyQuota(TicketNumber.MaxSequence) })
            .ToList();
        var shared = services.Where(s => s.AgencyId == "disdukcapil").Select(s => s.Id).Take(4).ToImmutableArray();
        var benchDesks = Enumerable.Range(1, desks).Select(n => new Desk
        {
            Id = $"bench-{n:D2}",
            Number = 100 + n,
            Name = $"Loket {100 + n}",
            ZoneId = "zona-1",
            AgencyId = "disdukcapil",
            ServiceIds = shared,
        });
        return SiteCatalog.Create(demo.Site with { Holidays = [] }, demo.Zones.Values, demo.Agencies.Values, services, demo.Desks.Values.Concat(benchDesks));
    }

    public static IReadOnlyList<string> SharedServices(SiteCatalog catalog) => catalog.Desks["bench-01"].ServiceIds;
}
