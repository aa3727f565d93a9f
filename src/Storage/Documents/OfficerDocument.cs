using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="Officer"/>.</summary>
internal sealed class OfficerDocument
{
    public string Id { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public string? AgencyId { get; set; }

    public string PasswordHash { get; set; } = string.Empty;

    public bool Active { get; set; }

    /// <summary>A regional account's sites (schema names); null for other accounts and for accounts stored before it.</summary>
    public List<string>? RegionSites { get; set; }

    public static OfficerDocument From(Officer officer) => new()
    {
        Id = officer.Id,
        UserName = officer.UserName,
        DisplayName = officer.DisplayName,
        Role = StorageFormat.ToName(officer.Role),
        AgencyId = officer.AgencyId,
        PasswordHash = officer.PasswordHash,
        Active = officer.Active,
        RegionSites = officer.RegionSites.Count == 0 ? null : [.. officer.RegionSites],
    };

    public Officer ToOfficer() => new()
    {
        Id = Id,
        UserName = UserName,
        DisplayName = DisplayName,
        Role = StorageFormat.ParseName<OfficerRole>(Role),
        AgencyId = AgencyId,
        PasswordHash = PasswordHash,
        Active = Active,
        RegionSites = RegionSites is { Count: > 0 } sites ? sites.AsReadOnly() : [],
    };
}
