namespace MppQueue.Core;

public enum OfficerRole
{
    Officer,
    Supervisor,
    Admin,

    /// <summary>
    /// Sees the regional view only (the sites named in <see cref="Officer.RegionSites"/>), nothing of the hosting site's
    /// counters, administration or reports (docs/adr/0023-one-schema-per-site.md, "Regional view").
    /// </summary>
    Regional,
}
