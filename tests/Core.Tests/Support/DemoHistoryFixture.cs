namespace MppQueue.Core.Tests.Support;

/// <summary>The demo MPP's history before its demo day Monday 23 November 2026, generated once for the tests that read it.</summary>
public sealed class DemoHistoryFixture
{
    public static readonly DateOnly DemoDay = new(2026, 11, 23);

    public static readonly DateTimeOffset Now = SiteClock.ToInstant(DemoDay, new TimeOnly(9, 0), SiteClock.FindZone("Asia/Jakarta"));

    public SiteCatalog Catalog { get; } = DemoMpp.Build();

    public HistoryBatch Batch { get; }

    public DemoHistoryFixture() => Batch = DemoHistory.Generate(Catalog, DemoMpp.Officers(), DemoDay, Now);

    public TimeZoneInfo Zone => Catalog.Site.TimeZone;

    public TimeOnly LocalTime(DateTimeOffset instant) => TimeOnly.FromDateTime(SiteClock.ToLocal(instant, Zone));

    public DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(SiteClock.ToLocal(instant, Zone));

    /// <summary>The working days of the history, in order (those with tickets), the demo day last.</summary>
    public List<DateOnly> WorkingDays => [.. Batch.Tickets.Select(t => t.ServiceDate).Distinct().Order()];

    /// <summary>The tickets of the finished days, before the demo day.</summary>
    public List<Ticket> Past => [.. Batch.Tickets.Where(t => t.ServiceDate < DemoDay)];
}

[CollectionDefinition(Name)]
public sealed class DemoHistoryCollection : ICollectionFixture<DemoHistoryFixture>
{
    public const string Name = "demo history";
}
