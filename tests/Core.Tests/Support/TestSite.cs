using System.Collections.Immutable;

namespace MppQueue.Core.Tests.Support;

/// <summary>
/// A small MPP for tests. Services: A (priority first), B (ratio 2), C (ageing 3 min), SK (another agency).
/// Desks: 1 serves A; 2 serves A and B; 3 serves C; 4 serves SK. Open every day 07:30–16:00, cut-off 15:30.
/// </summary>
public static class TestSite
{
    public const string Jakarta = "Asia/Jakarta";

    public static WeeklySchedule EveryDay(TimeOnly open, TimeOnly close) =>
        new(Enum.GetValues<DayOfWeek>().ToImmutableDictionary(d => d, _ => new TimeRange(open, close)));

    public static Service Service(string id, string prefix, PriorityPolicy? policy = null, string agency = "disdukcapil") => new()
    {
        Id = id,
        AgencyId = agency,
        ZoneId = "zona-1",
        Prefix = prefix,
        NameId = "Layanan " + prefix,
        NameEn = "Service " + prefix,
        Hours = EveryDay(new TimeOnly(7, 30), new TimeOnly(16, 0)),
        CutOff = new TimeOnly(15, 30),
        Quota = new DailyQuota(500),
        Policy = policy ?? PriorityPolicy.PriorityFirst,
        StandardWaitMinutes = 30,
    };

    public static Desk Desk(int number, params string[] services) => new()
    {
        Id = $"loket-{number:D2}",
        Number = number,
        Name = $"Loket {number}",
        ZoneId = "zona-1",
        AgencyId = services.Contains("sk") ? "polres" : "disdukcapil",
        ServiceIds = [.. services],
    };

    public static SiteCatalog Build(string timeZone = Jakarta, Func<Service, Service>? adjust = null)
    {
        adjust ??= s => s;
        return SiteCatalog.Create(
            new Site { Name = "MPP Uji", TimeZoneId = timeZone },
            [new Zone { Id = "zona-1", Name = "Zona 1" }, new Zone { Id = "zona-2", Name = "Zona 2" }],
            [new Agency { Id = "disdukcapil", Name = "Disdukcapil" }, new Agency { Id = "polres", Name = "Polres" }],
            [
                adjust(Service("a", "A")),
                adjust(Service("b", "B", PriorityPolicy.Ratio(2))),
                adjust(Service("c", "C", PriorityPolicy.Ageing(3))),
                adjust(Service("sk", "SK", agency: "polres")),
            ],
            [Desk(1, "a"), Desk(2, "a", "b"), Desk(3, "c"), Desk(4, "sk")]);
    }
}
