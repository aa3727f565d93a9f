namespace MppQueue.Admin.Components.Config;

/// <summary>What the zone form holds while a person edits it.</summary>
public sealed class ZoneDraft
{
    public string Id { get; set; } = string.Empty;

    public string? Name { get; set; }

    public int SortOrder { get; set; }
}
