using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>A report of one period and filter: counts, times, the busiest hours, quota use and the SKM index.</summary>
public sealed record ReportResult
{
    public required ReportPeriod Period { get; init; }

    public required ReportFilter Filter { get; init; }

    public required ReportCounts Counts { get; init; }

    /// <summary>Issued (or checked in) to first called, see <see cref="TicketMeasures"/>.</summary>
    public required DurationStats Waiting { get; init; }

    /// <summary>Serving started to finished, see <see cref="TicketMeasures"/>.</summary>
    public required DurationStats Service { get; init; }

    /// <summary>Of the tickets first called in the period (<see cref="DurationStats.Count"/> of <see cref="Waiting"/>), those called within their service's standard waiting time.</summary>
    public required long WithinStandard { get; init; }

    public double? WithinStandardShare => Waiting.Count > 0 ? (double)WithinStandard / Waiting.Count : null;

    public required HeatMap BusiestHours { get; init; }

    public required ImmutableArray<DayFigures> PerDay { get; init; }

    /// <summary>Per service in the agency and service filter; the desk and officer filters do not apply to quotas.</summary>
    public required ImmutableArray<QuotaUseLine> QuotaUse { get; init; }

    public required ImmutableArray<BreakdownLine> ByService { get; init; }

    public required ImmutableArray<BreakdownLine> ByDesk { get; init; }

    public required ImmutableArray<BreakdownLine> ByOfficer { get; init; }

    /// <summary>
    /// The booking funnel by channel (walk-in, web, officer, agency), always all four, over the agency and service parts
    /// of the filter: the desk and officer filters do not apply to it, since a booking belongs to no desk.
    /// </summary>
    public ImmutableArray<FunnelLine> Funnel { get; init; } = [];

    /// <summary>The SKM index for the same period, agency, service and desk; never narrowed by officer (the survey is anonymous).</summary>
    public required IkmResult Skm { get; init; }

    /// <summary>Finished days whose rollups this report had to build (0 when all were stored already).</summary>
    public int DaysBuilt { get; init; }
}
