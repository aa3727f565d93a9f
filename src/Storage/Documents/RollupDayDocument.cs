using System.Collections.Immutable;
using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>
/// The mark that a day's rollup is built (a day without tickets has no rows but is still built), with when, from
/// how many tickets, and each service's quota that day as two parallel lists (service ids may hold any character,
/// so they are not used as BSON keys).
/// </summary>
internal sealed class RollupDayDocument
{
    /// <summary>The local service day as yyyymmdd.</summary>
    public int Id { get; set; }

    public long BuiltAtUtcTicks { get; set; }

    public int TicketCount { get; set; }

    public List<string> QuotaServiceIds { get; set; } = [];

    public List<int> Quotas { get; set; } = [];

    /// <summary>The day's booking funnel; null in marks stored before funnels were rolled up (the day is then built again).</summary>
    public List<FunnelRowDocument>? Funnel { get; set; }

    public static RollupDayDocument From(RollupDay day)
    {
        var quotas = day.Quotas.OrderBy(q => q.Key, StringComparer.Ordinal).ToList();
        return new()
        {
            Id = StorageFormat.ToDay(day.Day),
            BuiltAtUtcTicks = StorageFormat.ToUtcTicks(day.BuiltAt),
            TicketCount = day.TicketCount,
            QuotaServiceIds = [.. quotas.Select(q => q.Key)],
            Quotas = [.. quotas.Select(q => q.Value)],
            Funnel = day.HasFunnel ? [.. day.Funnel.Select(FunnelRowDocument.From)] : null,
        };
    }

    public RollupDay ToDay(IEnumerable<DailyRollupDocument> rows) => new(
        StorageFormat.FromDay(Id),
        StorageFormat.FromUtcTicks(BuiltAtUtcTicks),
        TicketCount,
        [.. rows.Select(r => r.ToRow())],
        QuotaServiceIds.Zip(Quotas).ToImmutableDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
    {
        Funnel = Funnel is null ? [] : [.. Funnel.Select(f => f.ToRow())],
        HasFunnel = Funnel is not null,
    };
}
