using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Idle;
using MppQueue.Kiosk.Printing;

namespace MppQueue.Kiosk.Pages;

/// <summary>
/// The kiosk's ticket: the number, the service and agency, where to wait, people ahead, the estimated wait and
/// the QR to the ticket's own page; printed once by the browser when the kiosk prints that way.
/// </summary>
public partial class KioskTicketPage
{
    private TicketFacts? _facts;
    private PrintedTicket? _printout;
    private Uri _link = default!;
    private KioskSettings _settings = default!;
    private IdleTimer? _idle;
    private bool _printPending;

    [Parameter]
    public string Token { get; set; } = string.Empty;

    /// <summary>How the ticket goes to paper (<see cref="KioskRoutes.PrintByBrowser"/> and the others); unset, it is not printed again.</summary>
    [SupplyParameterFromQuery(Name = "print")]
    public string? Print { get; set; }

    [SupplyParameterFromQuery(Name = KioskRoutes.DeviceParameter)]
    public string? DeviceToken { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TicketLinks Links { get; set; } = default!;

    [Inject]
    private IKioskDirectory Directory { get; set; } = default!;

    [Inject]
    private IOptionsMonitor<KioskOptions> Options { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected override void OnInitialized()
    {
        var kiosk = Directory.FindByToken(DeviceToken) ?? KioskDevice.Anonymous;
        _settings = Options.CurrentValue.For(kiosk.Id);
        _printPending = Print == KioskRoutes.PrintByBrowser;

        // The next visitor should not find this ticket on the screen.
        _idle = new IdleTimer(Time, _settings.IdleTimeout, () => _ = InvokeAsync(OnFinish));
        _idle.Restart();
    }

    protected override void Load()
    {
        _facts = new KioskBoard(Engine, TakeToday()).Facts(Token);
        if (_facts is not null)
        {
            _link = Links.PageOf(_facts.Ticket.Token);
            _printout = KioskLabels.Printout(_facts, _link, Links.Live());
        }
    }

    protected override bool Concerns(QueueEvent queueEvent) =>
        _facts is not null && (queueEvent.Ticket?.ServiceId == _facts.Ticket.ServiceId || queueEvent.Ticket?.Id == _facts.Ticket.Id);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _printPending && _facts is not null)
        {
            _printPending = false;

            // Printed once: the address loses its "print" so that a reload or a language switch does not print again.
            Navigation.NavigateTo(KioskRoutes.Slip(Token, DeviceToken, KioskRoutes.Printed), replace: true);
            try
            {
                await using var module = await JS.InvokeAsync<IJSObjectReference>("import", "./" + Assets["_content/MppQueue.Kiosk/kiosk.js"]);
                await module.InvokeVoidAsync("print");
            }
            catch (JSException)
            {
                // No script (an old cached page): the visitor still has the screen and the QR.
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _idle?.Dispose();
        }

        base.Dispose(disposing);
    }

    private void OnActivity() => _idle?.Restart();

    private void OnFinish() => Navigation.NavigateTo(KioskRoutes.Start(DeviceToken));
}
