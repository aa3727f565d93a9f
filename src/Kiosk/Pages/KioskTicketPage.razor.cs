using Microsoft.AspNetCore.Components;
using MppQueue.Core;

namespace MppQueue.Kiosk.Pages;

/// <summary>The kiosk's ticket: the number, the service, when it was taken, and the QR to the ticket's own page.</summary>
public partial class KioskTicketPage
{
    // The next visitor should not find this ticket on the screen.
    private static readonly TimeSpan _backToStart = TimeSpan.FromSeconds(60);

    private readonly CancellationTokenSource _leave = new();
    private Ticket? _ticket;
    private Service? _service;
    private Site _site = default!;
    private string _agencyName = string.Empty;
    private string _zoneName = string.Empty;
    private int _peopleAhead;
    private Uri _link = default!;

    [Parameter]
    public string Token { get; set; } = string.Empty;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TicketLinks Links { get; set; } = default!;

    protected override void Load()
    {
        var catalog = Engine.Catalog;
        _site = catalog.Site;
        _ticket = Engine.FindByToken(Token);
        _service = catalog.FindService(_ticket?.ServiceId);
        if (_ticket is null || _service is null)
        {
            return;
        }

        _agencyName = catalog.Agencies.TryGetValue(_service.AgencyId, out var agency) ? agency.Name : string.Empty;
        _zoneName = catalog.Zones.TryGetValue(_service.ZoneId, out var zone) ? zone.Name : string.Empty;
        _peopleAhead = Engine.PeopleAhead(_ticket);
        _link = Links.PageOf(_ticket.Token);
    }

    protected override bool Concerns(QueueEvent queueEvent) =>
        _ticket is not null && (queueEvent.Ticket?.ServiceId == _ticket.ServiceId || queueEvent.Ticket?.Id == _ticket.Id);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            try
            {
                await Task.Delay(_backToStart, _leave.Token);
                Navigation.NavigateTo(KioskRoutes.Kiosk);
            }
            catch (OperationCanceledException)
            {
                // The visitor pressed "done" or left first.
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _leave.Cancel();
            _leave.Dispose();
        }

        base.Dispose(disposing);
    }

    private void OnFinish() => Navigation.NavigateTo(KioskRoutes.Kiosk);
}
