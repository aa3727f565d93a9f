namespace MppQueue.Core;

/// <summary>A person who signs in (petugas, supervisor, admin). Supervisors without an agency see the whole MPP.</summary>
public sealed record Officer
{
    public required string Id { get; init; }

    public required string UserName { get; init; }

    public required string DisplayName { get; init; }

    public required OfficerRole Role { get; init; }

    public string? AgencyId { get; init; }

    public string PasswordHash { get; init; } = string.Empty;

    public bool Active { get; init; } = true;
}
