using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// The whole building (or one agency of it) at one instant, as the Command Center shows it: totals, each agency with
/// its services, the devices, and the alerts, most urgent first. Built from today's state only.
/// </summary>
public sealed record BuildingSnapshot(
    DateTimeOffset TakenAt,
    DateOnly Day,
    Site Site,
    string? AgencyScope,
    CommandFigures Totals,
    ImmutableArray<AgencySnapshot> Agencies,
    DeviceFigures Devices,
    ImmutableArray<CommandAlert> Alerts);
