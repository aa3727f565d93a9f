using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>The index of one period for the whole MPP, for each agency and for each service that had responses.</summary>
public sealed record IkmReport(
    DateOnly From,
    DateOnly To,
    IkmResult Site,
    ImmutableArray<IkmResult> Agencies,
    ImmutableArray<IkmResult> Services);
