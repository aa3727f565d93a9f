using MppQueue.Core;

namespace MppQueue.Admin.Region;

/// <summary>Which sites a person may see in the regional view: a regional account's own, among those this node reads.</summary>
public static class RegionAudience
{
    /// <summary>
    /// The sites given to an active regional account and configured here, in the configured order; none for anyone
    /// else (the hosting site's officers, supervisors and admins see no region unless given the role).
    /// </summary>
    public static IReadOnlyList<string> SitesOf(Officer? account, RegionReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return account is { Active: true, Role: OfficerRole.Regional } ? reader.Configured(account.RegionSites) : [];
    }
}
