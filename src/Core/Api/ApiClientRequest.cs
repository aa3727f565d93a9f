namespace MppQueue.Core;

/// <summary>What an admin asks for when creating an API client: its name, its agency (null for the whole MPP) and its operations.</summary>
public sealed record ApiClientRequest(string? Name, string? AgencyId, IReadOnlyCollection<ApiOperation> Operations);
