using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Components.Config;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Pages.Config;

/// <summary>
/// One desk: number, name, zone, agency, the services it serves, active (or a new desk at <c>/admin/desks/new</c>).
/// An agency's supervisor may open only their agency's desks; the editor refuses the rest too.
/// </summary>
public sealed partial class DeskEditPage
{
    private readonly ConfigSave _save = new(DeskDraft.Fields);
    private Officer? _actor;
    private Desk? _original;
    private DeskDraft? _draft;
    private string? _refusal;

    [Parameter]
    public string DeskId { get; set; } = string.Empty;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private CatalogEditor Editor { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string Title => _original is null ? ConfigText.DeskAdd : Labels.Desk(_original);

    private IEnumerable<Agency> Agencies => Engine.Catalog.Agencies.Values
        .Where(a => CatalogAccess.MayEditAgency(_actor, a.Id))
        .OrderBy(a => a.SortOrder);

    private IEnumerable<Service> ServicesOfAgency => _draft?.AgencyId is { } agency ? Engine.Catalog.ServicesOf(agency) : [];

    protected override async Task OnParametersSetAsync()
    {
        _actor = await Current.GetAsync();
        _save.Reset();
        _refusal = null;
        _draft = null;
        if (!CatalogAccess.MayEditAgency(_actor, null))
        {
            _refusal = _actor is null ? ConfigText.NotSignedIn : ConfigText.Refused;
            return;
        }

        if (DeskId == ConfigRoutes.NewId)
        {
            _original = null;
            var next = Engine.Catalog.Desks.Values.Select(d => d.Number).DefaultIfEmpty(0).Max() + 1;
            _draft = new DeskDraft
            {
                Number = next,
                Name = Labels.Format(ConfigText.DeskDefaultName, next),
                AgencyId = _actor!.AgencyId ?? Agencies.FirstOrDefault()?.Id,
                ZoneId = Engine.Catalog.Zones.Values.OrderBy(z => z.SortOrder).FirstOrDefault()?.Id,
            };
            return;
        }

        _original = Engine.Catalog.FindDesk(DeskId);
        if (_original is null)
        {
            _refusal = ConfigText.DeskNotFound;
        }
        else if (!CatalogAccess.MayEditAgency(_actor, _original.AgencyId))
        {
            _refusal = ConfigText.RefusedOtherAgency;
            _original = null;
        }
        else
        {
            _draft = DeskDraft.From(_original);
        }
    }

    // A desk serves its own agency's services: changing the agency clears the choice.
    private void OnAgencyChanged(string? agencyId)
    {
        if (_draft is not null && _draft.AgencyId != agencyId)
        {
            _draft.AgencyId = agencyId;
            _draft.ServiceIds.Clear();
        }
    }

    private void OnSave()
    {
        var wasNew = _original is null;
        if (_draft is { } draft && _save.Run(_actor, actor =>
            {
                _original = Editor.SaveDesk(actor, draft.ToDesk(Engine.Catalog.Desks.Keys.Append(ConfigRoutes.NewId)), _original);
                return Labels.Format(ConfigText.SavedNamed, _original.Name);
            }) && wasNew)
        {
            _save.KeepOverNavigation();
            Navigation.NavigateTo(ConfigRoutes.Desk(_original!.Id), replace: true);
        }
    }
}
