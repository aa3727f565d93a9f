using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>Everything a report needs of one local day: its rows and each service's quota that day.</summary>
/// <param name="Day">The local service day.</param>
/// <param name="BuiltAt">When the rollup was made (for a finished day: once, then kept).</param>
/// <param name="TicketCount">How many tickets of the day it was built from.</param>
/// <param name="Rows">One row per service, desk and officer that had anything that day.</param>
/// <param name="Quotas">Each active service's quota that day (0 on a closed day), as configured when built.</param>
/// <remarks>
/// <see cref="Funnel"/> holds the day's booking funnel per service and channel; <see cref="HasFunnel"/> is false for a
/// day stored before funnels were rolled up, which a report rebuilds from its tickets and bookings.
/// </remarks>
public sealed record RollupDay(
    DateOnly Day,
    DateTimeOffset BuiltAt,
    int TicketCount,
    ImmutableArray<RollupRow> Rows,
    ImmutableDictionary<string, int> Quotas)
{
    public ImmutableArray<FunnelRow> Funnel { get; init; } = [];

    public bool HasFunnel { get; init; } = true;
}
