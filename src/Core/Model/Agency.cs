namespace MppQueue.Core;

/// <summary>A government agency or bank serving at the MPP (instansi).</summary>
public sealed record Agency
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string ShortName { get; init; } = string.Empty;

    public string DescriptionId { get; init; } = string.Empty;

    public string DescriptionEn { get; init; } = string.Empty;

    public bool Active { get; init; } = true;

    public int SortOrder { get; init; }
}
