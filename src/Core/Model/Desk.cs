using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>A counter position (loket) with a number, in a zone, serving one or more services.</summary>
public sealed record Desk
{
    public required string Id { get; init; }

    public required int Number { get; init; }

    public required string Name { get; init; }

    public required string ZoneId { get; init; }

    public required string AgencyId { get; init; }

    public required ImmutableArray<string> ServiceIds { get; init; }

    public bool Active { get; init; } = true;
}
