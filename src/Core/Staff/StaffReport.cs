using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>Staff figures over a period, narrowed by a filter: the total, then per officer, desk and agency, and per day.</summary>
public sealed record StaffReport
{
    public required ReportPeriod Period { get; init; }

    public required ReportFilter Filter { get; init; }

    public required StaffTotals Total { get; init; }

    public ImmutableArray<StaffLine> ByOfficer { get; init; } = [];

    public ImmutableArray<StaffLine> ByDesk { get; init; } = [];

    public ImmutableArray<StaffLine> ByAgency { get; init; } = [];

    public ImmutableArray<StaffDayFigures> PerDay { get; init; } = [];

    /// <summary>Finished days rolled up while making this report (they are stored, so the next report reads them).</summary>
    public int DaysBuilt { get; init; }
}
