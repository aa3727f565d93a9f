using MppQueue.Admin.Components.Config;
using MppQueue.Core;

namespace MppQueue.Admin.Pages.Config;

/// <summary>The building's zones (floors, halls), each with its own screens and speaker; admins add and rename them.</summary>
public sealed partial class ZonesPage
{
    private IReadOnlyList<Zone> _zones = [];

    private SiteCatalog Catalog => Engine.Catalog;

    protected override IReadOnlyCollection<string> Fields { get; } = ["name", "sortOrder"];

    protected override void Load() =>
        _zones = [.. Engine.Catalog.Zones.Values.OrderBy(z => z.SortOrder).ThenBy(z => z.Name, StringComparer.CurrentCulture)];

    protected override string Save(Officer actor, ZoneDraft draft, Zone? original)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Id.Length == 0)
        {
            draft.Id = CatalogRules.SuggestId(draft.Name, Engine.Catalog.Zones.Keys, "zona");
        }

        return Editor.SaveZone(actor, new Zone { Id = draft.Id, Name = draft.Name ?? string.Empty, SortOrder = draft.SortOrder }, original).Name;
    }

    private void OnAdd() => Open(null, new ZoneDraft { SortOrder = _zones.Count == 0 ? 1 : _zones.Max(z => z.SortOrder) + 1 });

    private void OnEdit(Zone zone) => Open(zone, new ZoneDraft { Id = zone.Id, Name = zone.Name, SortOrder = zone.SortOrder });
}
