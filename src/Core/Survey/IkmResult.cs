using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// The satisfaction index (IKM) of one scope over one period.
/// </summary>
/// <param name="Scope">The whole MPP, an agency or a service.</param>
/// <param name="Key">The agency's or service's id; empty for the whole MPP.</param>
/// <param name="From">First local service day of the period.</param>
/// <param name="To">Last local service day of the period (inclusive).</param>
/// <param name="ResponseCount">How many responses the index is computed from.</param>
/// <param name="ElementMeans">Each element's mean answer (1 to 4, not rounded) in the order of <see cref="SkmAnswers.Elements"/>; empty without responses.</param>
/// <param name="Index">The IKM, 25 to 100, rounded to 2 decimals; null without responses.</param>
/// <param name="Grade">The grade of <paramref name="Index"/>; null without responses.</param>
public sealed record IkmResult(
    IkmScope Scope,
    string Key,
    DateOnly From,
    DateOnly To,
    int ResponseCount,
    ImmutableArray<decimal> ElementMeans,
    decimal? Index,
    SkmGrade? Grade)
{
    /// <summary>One element's mean answer, or null without responses.</summary>
    public decimal? MeanOf(SkmElement element) =>
        ElementMeans.IsDefaultOrEmpty || !Enum.IsDefined(element) ? null : ElementMeans[(int)element - 1];

    // ImmutableArray compares by reference; two results of the same figures are equal.
    public bool Equals(IkmResult? other) =>
        other is not null
        && Scope == other.Scope
        && Key == other.Key
        && From == other.From
        && To == other.To
        && ResponseCount == other.ResponseCount
        && Index == other.Index
        && Grade == other.Grade
        && ElementMeans.AsSpan().SequenceEqual(other.ElementMeans.AsSpan());

    public override int GetHashCode() => HashCode.Combine(Scope, Key, From, To, ResponseCount, Index, Grade);
}
