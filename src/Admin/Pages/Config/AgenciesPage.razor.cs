using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Components.Config;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Pages.Config;

/// <summary>The agencies (instansi) serving at the MPP; admins add, rename and deactivate them.</summary>
public sealed partial class AgenciesPage
{
    private static readonly IReadOnlyCollection<string> _fields = ["name", "shortName", "descriptionId", "descriptionEn", "sortOrder"];

    private readonly FormErrors _errors = new();
    private Officer? _actor;
    private IReadOnlyList<Agency> _agencies = [];
    private AgencyDraft? _editing;
    private Agency? _original;
    private string? _saved;
    private bool _saving;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private CatalogEditor Editor { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _actor = await Current.GetAsync();

    protected override void Load() =>
        _agencies = [.. Engine.Catalog.Agencies.Values.OrderBy(a => a.SortOrder).ThenBy(a => a.Name, StringComparer.CurrentCulture)];

    protected override bool Concerns(QueueEvent queueEvent) => queueEvent.Kind == QueueEventKind.CatalogChanged;

    private void OnAdd() => Open(null, new AgencyDraft { SortOrder = _agencies.Count == 0 ? 1 : _agencies.Max(a => a.SortOrder) + 1 });

    private void OnEdit(Agency agency) => Open(agency, new AgencyDraft
    {
        Id = agency.Id,
        Name = agency.Name,
        ShortName = agency.ShortName,
        DescriptionId = agency.DescriptionId,
        DescriptionEn = agency.DescriptionEn,
        SortOrder = agency.SortOrder,
        Active = agency.Active,
    });

    private void OnCancel() => _editing = null;

    private void Open(Agency? original, AgencyDraft draft)
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
                _editing.Id = CatalogRules.SuggestId(_editing.ShortName is { Length: > 0 } ? _editing.ShortName : _editing.Name, Engine.Catalog.Agencies.Keys, "instansi");
            }

            var agency = new Agency
            {
                Id = _editing.Id,
                Name = _editing.Name ?? string.Empty,
                ShortName = _editing.ShortName ?? string.Empty,
                DescriptionId = _editing.DescriptionId ?? string.Empty,
                DescriptionEn = _editing.DescriptionEn ?? string.Empty,
                SortOrder = _editing.SortOrder,
                Active = _editing.Active,
            };
            var saved = Editor.SaveAgency(_actor, agency, _original);
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
