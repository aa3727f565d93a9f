namespace MppQueue.Core;

/// <summary>What a report is narrowed to; null means all. The officer filter does not apply to the SKM index, which is anonymous.</summary>
public sealed record ReportFilter(string? AgencyId = null, string? ServiceId = null, string? DeskId = null, string? OfficerId = null)
{
    public static ReportFilter All { get; } = new();

    /// <summary>Whether a rollup row falls within the filter (the agency through the catalog's services).</summary>
    public bool Matches(RollupRow row, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(catalog);
        return MatchesService(row.ServiceId, catalog)
            && (DeskId is null || row.DeskId == DeskId)
            && (OfficerId is null || row.OfficerId == OfficerId);
    }

    /// <summary>Whether a service falls within the agency and service parts of the filter.</summary>
    public bool MatchesService(string serviceId, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return (ServiceId is null || serviceId == ServiceId)
            && (AgencyId is null || catalog.FindService(serviceId)?.AgencyId == AgencyId);
    }
}
