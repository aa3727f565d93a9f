namespace MppQueue.Core;

/// <summary>
/// Who may change what. The building (site, holidays, zones, agencies) is the admins'; services and desks are also
/// open to supervisors, an agency's supervisor only for that agency. Pages ask the same questions to show or hide.
/// </summary>
public static class CatalogAccess
{
    public static bool MayEditBuilding(Officer? person) => person is { Active: true, Role: OfficerRole.Admin };

    /// <summary>Whether the person may change a service or desk of the agency (null: may they change any at all).</summary>
    public static bool MayEditAgency(Officer? person, string? agencyId) => person switch
    {
        { Active: false } or null => false,
        { Role: OfficerRole.Admin } => true,
        { Role: OfficerRole.Supervisor, AgencyId: null } => true,
        { Role: OfficerRole.Supervisor, AgencyId: { } own } => agencyId is null || own == agencyId,
        _ => false,
    };
}
