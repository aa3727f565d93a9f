namespace MppQueue.Core;

/// <summary>
/// One site's figures over a period for the regional comparison: its own report (tickets, waits, the share within
/// the standard, the IKM) and its staff figures, made by the site's own rules from its own stores.
/// </summary>
/// <param name="Schema">The site in the installation.</param>
/// <param name="State">Whether it could be read; <see cref="Report"/> and <see cref="Staff"/> are null unless ready.</param>
/// <param name="Name">The site's name (the schema when it could not be read).</param>
public sealed record RegionSiteReport(string Schema, RegionSiteState State, string Name)
{
    /// <summary>The period in the site's own days (a named period is read on the site's local day).</summary>
    public ReportPeriod? Period { get; init; }

    public ReportResult? Report { get; init; }

    public StaffReport? Staff { get; init; }

    /// <summary>Officers who were on duty at a desk in the period.</summary>
    public int OfficersOnDuty => Staff?.ByOfficer.Count(o => o.Totals.DutyTicks > 0) ?? 0;

    /// <summary>The share of the officers' time on duty spent with a visitor (called or serving).</summary>
    public double? ServingShare => Staff?.Total is { DutyTicks: > 0 } total ? (double)total.BusyTicks / total.DutyTicks : null;
}
