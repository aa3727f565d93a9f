namespace MppQueue.Core;

/// <summary>A person who signs in (petugas, supervisor, admin, or a regional viewer). Supervisors without an agency see the whole MPP.</summary>
public sealed record Officer
{
    public required string Id { get; init; }

    public required string UserName { get; init; }

    public required string DisplayName { get; init; }

    public required OfficerRole Role { get; init; }

    public string? AgencyId { get; init; }

    public string PasswordHash { get; init; } = string.Empty;

    public bool Active { get; init; } = true;

    /// <summary>
    /// For a <see cref="OfficerRole.Regional"/> account, the sites (their PostgreSQL schemas, among those the hosting node
    /// is configured to read) whose figures it is given; empty for every other role.
    /// </summary>
    public IReadOnlyList<string> RegionSites { get; init; } = [];
}
