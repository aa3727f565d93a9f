namespace MppQueue.Core;

/// <summary>
/// One site the regional view reads: its stores, opened read-only (docs/adr/0023-one-schema-per-site.md, "Regional
/// view"). Nothing is migrated, seeded or moved through them: a site that is not set up is reported as such.
/// </summary>
public interface IRegionSite
{
    /// <summary>The site's name in the installation (its PostgreSQL schema).</summary>
    string Schema { get; }

    /// <summary>The site's ticket, account and configuration store (read only).</summary>
    IQueueStore Tickets { get; }

    IReportStore Rollups { get; }

    ISurveyStore Surveys { get; }

    IStaffStore Staff { get; }

    IDeviceStore Devices { get; }

    /// <summary>Whether the site can be read now; never throws.</summary>
    RegionSiteState Check();
}
