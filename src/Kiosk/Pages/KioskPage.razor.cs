using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Kiosk.Pages;

/// <summary>The visitor's kiosk: agency, then service, then a ticket. Availability and quota stay live.</summary>
public partial class KioskPage
{
    private const string KioskId = "kiosk-web";

    private Agency? _agency;
    private IReadOnlyList<AgencyChoice> _agencies = [];
    private IReadOnlyList<ServiceChoice> _services = [];
    private string? _issuingServiceId;

    [SupplyParameterFromQuery(Name = "agency")]
    public string? AgencyId { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override TimeSpan? RefreshInterval => TimeSpan.FromSeconds(30);

    protected override void Load()
    {
        var catalog = Engine.Catalog;
        _agency = AgencyId is not null && catalog.Agencies.TryGetValue(AgencyId, out var agency) && agency.Active ? agency : null;
        if (_agency is null)
        {
            _agencies = [.. catalog.Agencies.Values
                .Where(a => a.Active)
                .OrderBy(a => a.SortOrder)
                .Select(a => new AgencyChoice(a, catalog.ServicesOf(a.Id).Count(s => s.Active)))];
            return;
        }

        _services = [.. catalog.ServicesOf(_agency.Id)
            .Where(s => s.Active)
            .Select(s => new ServiceChoice(s, Engine.Availability(s.Id)))];
    }

    protected override bool Concerns(QueueEvent queueEvent) =>
        queueEvent.Kind is QueueEventKind.TicketIssued or QueueEventKind.TicketCheckedIn or QueueEventKind.TicketCancelled or QueueEventKind.CatalogChanged;

    private void OnChooseAgency(Agency agency) => Navigation.NavigateTo(KioskRoutes.Agency(agency.Id));

    private void OnBack() => Navigation.NavigateTo(KioskRoutes.Kiosk);

    private async Task OnTakeTicketAsync(Service service)
    {
        if (_issuingServiceId is not null)
        {
            return;
        }

        _issuingServiceId = service.Id;

        // One key per tap: should the same request arrive twice, the engine gives back the same ticket.
        var request = new IssueRequest(service.Id, KioskId: KioskId, IdempotencyKey: Guid.NewGuid().ToString("N"));
        try
        {
            var ticket = await Task.Run(() => Engine.Issue(request));
            Navigation.NavigateTo(KioskRoutes.Slip(ticket.Token));
        }
        catch (QueueException refusal)
        {
            Snackbar.Add(Labels.Refusal(refusal), Severity.Warning);
            Load();
        }
        finally
        {
            _issuingServiceId = null;
        }
    }

    private sealed record AgencyChoice(Agency Agency, int ServiceCount);

    private sealed record ServiceChoice(Service Service, ServiceAvailability Availability);
}
