using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Another system allowed to call the integration API (/api/v1): an agency's own booking system, the city's
/// dashboard. It is known by its <see cref="Id"/> and a secret that only the caller holds; the MPP keeps the secret's
/// SHA-256 (<see cref="SecretHash"/>), never the secret. A revoked client is kept (the audit log names it) but no
/// secret works for it again.
/// </summary>
public sealed record ApiClient
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ApiScope Scope { get; init; }

    public required ImmutableSortedSet<ApiOperation> Operations { get; init; }

    /// <summary>The SHA-256 of the current secret, in lowercase hex (<see cref="ApiSecret.Hash"/>).</summary>
    public required string SecretHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the current secret was made (at creation, then at each renewal).</summary>
    public required DateTimeOffset SecretIssuedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public bool Active => RevokedAt is null;
}
