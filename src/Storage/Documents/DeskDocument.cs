using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="Desk"/>.</summary>
internal sealed class DeskDocument
{
    public string Id { get; set; } = string.Empty;

    public int Number { get; set; }

    public string Name { get; set; } = string.Empty;

    public string ZoneId { get; set; } = string.Empty;

    public string AgencyId { get; set; } = string.Empty;

    public List<string> ServiceIds { get; set; } = [];

    public bool Active { get; set; }

    public static DeskDocument From(Desk desk) => new()
    {
        Id = desk.Id,
        Number = desk.Number,
        Name = desk.Name,
        ZoneId = desk.ZoneId,
        AgencyId = desk.AgencyId,
        ServiceIds = [.. desk.ServiceIds],
        Active = desk.Active,
    };

    public Desk ToDesk() => new()
    {
        Id = Id,
        Number = Number,
        Name = Name,
        ZoneId = ZoneId,
        AgencyId = AgencyId,
        ServiceIds = [.. ServiceIds],
        Active = Active,
    };
}
