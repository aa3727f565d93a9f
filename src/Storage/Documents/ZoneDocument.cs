using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="Zone"/>.</summary>
internal sealed class ZoneDocument
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public static ZoneDocument From(Zone zone) => new()
    {
        Id = zone.Id,
        Name = zone.Name,
        SortOrder = zone.SortOrder,
    };

    public Zone ToZone() => new()
    {
        Id = Id,
        Name = Name,
        SortOrder = SortOrder,
    };
}
