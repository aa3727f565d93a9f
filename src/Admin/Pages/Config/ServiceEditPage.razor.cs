using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Components.Config;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Pages.Config;

/// <summary>
/// One service's settings (or a new service at <c>/admin/services/new</c>). An agency's supervisor may open only
/// their agency's services: another agency's service shows a refusal instead of the form, and the editor refuses too.
/// </summary>
public sealed partial class ServiceEditPage
{
    private readonly ConfigSave _save = new(ServiceDraft.Fields);
    private Officer? _actor;
    private Service? _original;
    private ServiceDraft? _draft;
    private string? _refusal;
    private string? _closedDate;

    [Parameter]
    public string ServiceId { get; set; } = string.Empty;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private CatalogEditor Editor { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool IsNew => _original is null;

    private string Title => IsNew ? ConfigText.ServiceAdd : Labels.Format(ConfigText.ServiceEditTitle, _original!.Prefix, Labels.Service(_original));

    private IEnumerable<Agency> Agencies => Engine.Catalog.Agencies.Values
        .Where(a => CatalogAccess.MayEditAgency(_actor, a.Id))
        .OrderBy(a => a.SortOrder);

    private int IssuedToday => _original is null ? 0 : Engine.TicketsToday().Count(t => t.IssuingServiceId == _original.Id);

    private string PolicyValueLabel => _draft?.PolicyKind == PriorityPolicyKind.Ratio ? ConfigText.FieldPolicyRatio : ConfigText.FieldPolicyAgeing;

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

        if (ServiceId == ConfigRoutes.NewId)
        {
            _original = null;
            _draft = ServiceDraft.New(_actor!.AgencyId ?? Agencies.FirstOrDefault()?.Id, Engine.Catalog.Zones.Values.OrderBy(z => z.SortOrder).FirstOrDefault()?.Id);
            return;
        }

        _original = Engine.Catalog.FindService(ServiceId);
        if (_original is null)
        {
            _refusal = ConfigText.ServiceNotFound;
        }
        else if (!CatalogAccess.MayEditAgency(_actor, _original.AgencyId))
        {
            _refusal = ConfigText.RefusedOtherAgency;
            _original = null;
        }
        else
        {
            _draft = ServiceDraft.From(_original);
        }
    }

    private static string PolicyName(PriorityPolicyKind kind) => kind switch
    {
        PriorityPolicyKind.Ratio => ConfigText.PolicyRatio,
        PriorityPolicyKind.Ageing => ConfigText.PolicyAgeing,
        _ => ConfigText.PolicyPriorityFirst,
    };

    private void OnAddClosedDate() => _save.Check(() =>
    {
        _draft?.AddClosedDate(_closedDate);
        _closedDate = null;
    });

    private void OnSave()
    {
        var wasNew = IsNew;
        if (_draft is { } draft && _save.Run(_actor, actor =>
            {
                var service = draft.ToService(Engine.Catalog.Services.Keys.Append(ConfigRoutes.NewId));
                _original = Editor.SaveService(actor, service, _original);
                return Labels.Format(ConfigText.SavedNamed, _original.NameId);
            }) && wasNew)
        {
            // The address now names the service, so a reload edits it instead of adding another.
            _save.KeepOverNavigation();
            Navigation.NavigateTo(ConfigRoutes.Service(_original!.Id), replace: true);
        }
    }
}
