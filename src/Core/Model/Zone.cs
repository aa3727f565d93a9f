namespace MppQueue.Core;

/// <summary>An area of the building (zona / lantai) with its own screens and speaker.</summary>
public sealed record Zone
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public int SortOrder { get; init; }
}
