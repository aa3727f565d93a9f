using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Components.Config;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Pages.Config;

/// <summary>The building's zones (floors, halls), each with its own screens and speaker; admins add and rename them.</summary>
public sealed partial class ZonesPage
{
    private static readonly IReadOnlyCollection<string> _fields = ["name", "sortOrder"];

    private readonly FormErrors _errors = new();
    private Officer? _actor;
    private IReadOnlyList<Zone> _zones = [];
    private ZoneDraft? _editing;
    private Zone? _original;
    private string? _saved;
    private bool _saving;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private CatalogEditor Editor { get; set; } = default!;

    private SiteCatalog Catalog => Engine.Catalog;

    protected override async Task OnInitializedAsync() => _actor = await Current.GetAsync();

    protected override void Load() =>
        _zones = [.. Engine.Catalog.Zones.Values.OrderBy(z => z.SortOrder).ThenBy(z => z.Name, StringComparer.CurrentCulture)];

    protected override bool Concerns(QueueEvent queueEvent) => queueEvent.Kind == QueueEventKind.CatalogChanged;

    private void OnAdd() => Open(null, new ZoneDraft { SortOrder = _zones.Count == 0 ? 1 : _zones.Max(z => z.SortOrder) + 1 });

    private void OnEdit(Zone zone) => Open(zone, new ZoneDraft { Id = zone.Id, Name = zone.Name, SortOrder = zone.SortOrder });

    private void OnCancel() => _editing = null;

    private void Open(Zone? original, ZoneDraft draft)
    {
        _errors.Clear();
        _saved = null;
        _original = original;
        _editing = draft;
    }

    private void OnSave()
    {
        if (_saving || _actor is null || _editing is null)
        {
            return;
        }

        _saving = true;
        _errors.Clear();
        try
        {
            if (_editing.Id.Length == 0)
            {
                _editing.Id = CatalogRules.SuggestId(_editing.Name, Engine.Catalog.Zones.Keys, "zona");
            }

            var saved = Editor.SaveZone(_actor, new Zone { Id = _editing.Id, Name = _editing.Name ?? string.Empty, SortOrder = _editing.SortOrder }, _original);
            _saved = Labels.Format(ConfigText.SavedNamed, saved.Name);
            _editing = null;
            Load();
        }
        catch (CatalogException refusal)
        {
            _errors.Show(refusal.Error, _fields);
        }
        finally
        {
            _saving = false;
        }
    }
}
