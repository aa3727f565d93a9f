using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Flow;
using MppQueue.Kiosk.Issuing;

namespace MppQueue.Kiosk.Pages;

/// <summary>
/// The visitor's kiosk. The steps, the buttons, refusals and the idle reset are <see cref="KioskFlow"/>'s; the page
/// reads the address into it, renders it, and lends it the circuit (board, navigation, renders).
/// </summary>
public partial class KioskPage : IKioskFlowHost
{
    private KioskFlow _flow = default!;

    [SupplyParameterFromQuery(Name = "agency")]
    public string? AgencyId { get; set; }

    [SupplyParameterFromQuery(Name = "service")]
    public string? ServiceId { get; set; }

    [SupplyParameterFromQuery(Name = "booking")]
    public string? Booking { get; set; }

    [SupplyParameterFromQuery(Name = KioskRoutes.DeviceParameter)]
    public string? DeviceToken { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private KioskIssuer Issuer { get; set; } = default!;

    [Inject]
    private TicketLinks Links { get; set; } = default!;

    [Inject]
    private IKioskDirectory Directory { get; set; } = default!;

    [Inject]
    private IOptionsMonitor<KioskOptions> Options { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    // Opening hours and the day change on a minute, and the shared beat ticks on the minute.
    protected override TimeSpan? RefreshInterval => TimeSpan.FromMinutes(1);

    // Today's ticket counts only order the agencies: a new ticket that leaves the order as it was renders nothing.
    protected override object ShownView =>
        (_flow.Step, _flow.Agency, _flow.Service, _flow.Agencies.Select(t => t with { TicketsToday = 0 }).ToValueList(),
            _flow.Services.ToValueList(), _flow.Results.ToValueList());

    KioskBoard IKioskFlowHost.ReadBoard() => new(Engine, TakeToday());

    Uri IKioskFlowHost.LinkOf(Ticket ticket) => Links.PageOf(ticket.Token);

    void IKioskFlowHost.NavigateTo(string address) => Navigation.NavigateTo(address);

    Task IKioskFlowHost.UpdateAsync(Action change) => InvokeAsync(() =>
    {
        change();
        StateHasChanged();
    });

    protected override void OnInitialized()
    {
        var kiosk = Directory.FindByToken(DeviceToken) ?? KioskDevice.Anonymous;
        _flow = new KioskFlow(Issuer, kiosk, Options.CurrentValue.For(kiosk.Id), DeviceToken, Time, this);
    }

    protected override void OnParametersSet()
    {
        _flow.Route(AgencyId, ServiceId, Booking);
        base.OnParametersSet();
        _flow.Touch();
    }

    protected override void Load() => _flow.Load();

    protected override bool Concerns(QueueEvent queueEvent) => KioskFlow.Concerns(queueEvent);

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        if (firstRender)
        {
            _ = _flow.WatchAsync(() => Directory.Seen(DeviceToken));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _flow?.Dispose();
        }

        base.Dispose(disposing);
    }

    private void OnSearchTyped(ChangeEventArgs change) => _flow.Search(change.Value?.ToString() ?? string.Empty);
}
