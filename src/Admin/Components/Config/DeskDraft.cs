using MppQueue.Core;

namespace MppQueue.Admin.Components.Config;

/// <summary>What the desk form holds while a person edits it.</summary>
public sealed class DeskDraft
{
    public static readonly IReadOnlyCollection<string> Fields = ["number", "name", "zone", "agency", "services", "active"];

    public string Id { get; set; } = string.Empty;

    public int Number { get; set; }

    public string? Name { get; set; }

    public string? ZoneId { get; set; }

    public string? AgencyId { get; set; }

    public List<string> ServiceIds { get; } = [];

    public bool Active { get; set; } = true;

    public static DeskDraft From(Desk desk)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var draft = new DeskDraft { Id = desk.Id, Number = desk.Number, Name = desk.Name, ZoneId = desk.ZoneId, AgencyId = desk.AgencyId, Active = desk.Active };
        draft.ServiceIds.AddRange(desk.ServiceIds);
        return draft;
    }

    public void Toggle(string serviceId, bool serves)
    {
        ServiceIds.Remove(serviceId);
        if (serves)
        {
            ServiceIds.Add(serviceId);
        }
    }

    /// <summary>The desk this form describes; a new one gets the id "loket-NN" from its number (kept for a second submit).</summary>
    public Desk ToDesk(IEnumerable<string> takenIds)
    {
        if (Id.Length == 0)
        {
            CatalogRules.Range("number", Number, 1, 999);
            Id = CatalogRules.SuggestId("loket-" + Number.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), takenIds);
        }

        return new Desk
        {
            Id = Id,
            Number = Number,
            Name = Name ?? string.Empty,
            ZoneId = ZoneId ?? string.Empty,
            AgencyId = AgencyId ?? string.Empty,
            ServiceIds = [.. ServiceIds],
            Active = Active,
        };
    }
}
