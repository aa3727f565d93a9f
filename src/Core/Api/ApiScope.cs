namespace MppQueue.Core;

/// <summary>
/// Where an API client may look: one agency (its services, their queues and tickets), or the whole MPP, read-only.
/// </summary>
/// <param name="AgencyId">The agency; null for the whole MPP.</param>
public sealed record ApiScope(string? AgencyId)
{
    /// <summary>Every agency of the building, read-only.</summary>
    public static ApiScope Mpp { get; } = new((string?)null);

    public bool IsMppWide => AgencyId is null;

    public static ApiScope Agency(string agencyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyId);
        return new ApiScope(agencyId);
    }

    /// <summary>Whether the scope covers the agency.</summary>
    public bool Covers(string? agencyId) => agencyId is not null && (AgencyId is null || AgencyId == agencyId);
}
