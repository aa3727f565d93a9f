using System.Collections.Immutable;
using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="ApiClient"/>: operations as names, instants as UTC ticks; the secret only as its hash.</summary>
internal sealed class ApiClientDocument
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>The agency of the client's scope; null for the whole MPP.</summary>
    public string? AgencyId { get; set; }

    public List<string> Operations { get; set; } = [];

    public string SecretHash { get; set; } = string.Empty;

    public long CreatedAtUtcTicks { get; set; }

    public long SecretIssuedAtUtcTicks { get; set; }

    public long? RevokedAtUtcTicks { get; set; }

    public static ApiClientDocument From(ApiClient client) => new()
    {
        Id = client.Id,
        Name = client.Name,
        AgencyId = client.Scope.AgencyId,
        Operations = [.. client.Operations.Select(o => StorageFormat.ToName(o))],
        SecretHash = client.SecretHash,
        CreatedAtUtcTicks = StorageFormat.ToUtcTicks(client.CreatedAt),
        SecretIssuedAtUtcTicks = StorageFormat.ToUtcTicks(client.SecretIssuedAt),
        RevokedAtUtcTicks = StorageFormat.ToUtcTicks(client.RevokedAt),
    };

    public ApiClient ToClient() => new()
    {
        Id = Id,
        Name = Name,
        Scope = new ApiScope(AgencyId),

        // An operation a later version no longer knows is dropped, never guessed.
        Operations = Operations.Where(o => Enum.TryParse<ApiOperation>(o, out _)).Select(o => StorageFormat.ParseName<ApiOperation>(o)).ToImmutableSortedSet(),
        SecretHash = SecretHash,
        CreatedAt = StorageFormat.FromUtcTicks(CreatedAtUtcTicks),
        SecretIssuedAt = StorageFormat.FromUtcTicks(SecretIssuedAtUtcTicks),
        RevokedAt = StorageFormat.FromUtcTicks(RevokedAtUtcTicks),
    };
}
