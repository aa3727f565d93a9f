using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Idle;
using MppQueue.Kiosk.Issuing;
using MppQueue.Ui.Text;

namespace MppQueue.Kiosk.Pages;

/// <summary>
/// The visitor's kiosk: agency (or search), then service, then the priority question, then the ticket; or a
/// booking code. Each step is an address; what is typed lives here and is forgotten after the idle timeout.
/// </summary>
public partial class KioskPage
{
    private readonly CancellationTokenSource _stop = new();
    private KioskBoard _board = default!;
    private KioskDevice _kiosk = KioskDevice.Anonymous;
    private KioskSettings _settings = default!;
    private IdleTimer? _idle;
    private KioskStep _step;
    private string? _route;
    private Agency? _agency;
    private ServiceTile? _service;
    private IReadOnlyList<AgencyTile> _agencies = [];
    private IReadOnlyList<ServiceTile> _services = [];
    private IReadOnlyList<ServiceTile> _results = [];
    private string _search = string.Empty;
    private bool _searching;
    private string _bookingCode = string.Empty;
    private string? _bookingError;
    private string? _message;
    private bool _issuing;
    private string? _serviceId;
    private string _idempotencyKey = NewKey();
    private KioskRefusal? _outOfService;

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

    protected override TimeSpan? RefreshInterval => TimeSpan.FromSeconds(30);

    private bool Pristine => _step == KioskStep.Agencies && !_searching && _search.Length == 0 && _message is null;

    protected override void OnInitialized()
    {
        _kiosk = Directory.FindByToken(DeviceToken) ?? KioskDevice.Anonymous;
        _settings = Options.CurrentValue.For(_kiosk.Id);
        _outOfService = Issuer.MayIssue(_kiosk) ? null : KioskRefusal.Unregistered;
        _idle = new IdleTimer(Time, _settings.IdleTimeout, () => _ = InvokeAsync(OnIdle));
    }

    protected override void OnParametersSet()
    {
        var route = string.Join('|', AgencyId, ServiceId, Booking);
        if (route != _route)
        {
            _route = route;
            _message = null;
            _bookingError = null;
            _idempotencyKey = NewKey();
        }

        base.OnParametersSet();
        RestartIdle();
    }

    protected override void Load()
    {
        _board = new KioskBoard(Engine, TakeToday());
        _agency = null;
        _service = null;
        if (Booking is not null)
        {
            _step = KioskStep.Booking;
        }
        else if (_settings.AskPriority && _board.Service(ServiceId) is { } service)
        {
            _step = KioskStep.Priority;
            _service = service;
        }
        else if (_board.FindAgency(AgencyId) is { } agency)
        {
            _step = KioskStep.Services;
            _agency = agency;
            _services = _board.ServicesOf(agency.Id);
        }
        else
        {
            _step = KioskStep.Agencies;
            _agencies = _board.Agencies();
            _results = _board.Search(_search);
        }
    }

    protected override bool Concerns(QueueEvent queueEvent) => queueEvent.Kind is
        QueueEventKind.TicketIssued or QueueEventKind.TicketCheckedIn or QueueEventKind.TicketCancelled or QueueEventKind.CatalogChanged
        or QueueEventKind.TicketCalled or QueueEventKind.TicketFinished or QueueEventKind.DeskPaused or QueueEventKind.DeskResumed
        or QueueEventKind.DeskSignedIn or QueueEventKind.DeskSignedOut;

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        if (firstRender)
        {
            _ = WatchAsync(_stop.Token);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _idle?.Dispose();
            _stop.Cancel();
            _stop.Dispose();
        }

        base.Dispose(disposing);
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");

    private void OnActivity() => RestartIdle();

    private void RestartIdle()
    {
        if (Pristine)
        {
            _idle?.Stop();
        }
        else
        {
            _idle?.Restart();
        }
    }

    /// <summary>Nobody touched the screen for a while: forget everything and show the start.</summary>
    private void OnIdle()
    {
        if (_issuing)
        {
            _idle?.Restart();
            return;
        }

        ForgetEverything();
        if (_step != KioskStep.Agencies)
        {
            Navigation.NavigateTo(KioskRoutes.Start(DeviceToken));
        }
        else
        {
            Load();
            StateHasChanged();
        }
    }

    private void ForgetEverything()
    {
        _search = string.Empty;
        _searching = false;
        _results = [];
        _bookingCode = string.Empty;
        _bookingError = null;
        _message = null;
        _idempotencyKey = NewKey();
    }

    private void OnChooseAgency(Agency agency) => Navigation.NavigateTo(KioskRoutes.Agency(agency.Id, DeviceToken));

    private async Task OnChooseService(ServiceTile tile)
    {
        if (_issuing)
        {
            return;
        }

        if (_settings.AskPriority)
        {
            Navigation.NavigateTo(KioskRoutes.Service(tile.Service.Id, DeviceToken));
            return;
        }

        _idempotencyKey = NewKey();
        await IssueAsync(tile.Service.Id, PriorityGroup.None);
    }

    private Task OnAnswerPriority(PriorityGroup priority) => _service is null ? Task.CompletedTask : IssueAsync(_service.Service.Id, priority);

    private async Task IssueAsync(string serviceId, PriorityGroup priority)
    {
        if (_issuing)
        {
            return;
        }

        _issuing = true;
        _serviceId = serviceId;
        _message = null;
        try
        {
            // The key was made when this step was shown: a second tap on the same answer gives the same ticket.
            var issue = await Issuer.IssueAsync(_kiosk, serviceId, priority, _idempotencyKey, t => Links.PageOf(t.Token), _stop.Token);
            ShowSlip(issue);
        }
        catch (QueueException refusal)
        {
            _message = Labels.Refusal(refusal);
            Load();
        }
        catch (KioskRefusedException refused)
        {
            Refused(refused, m => _message = m);
        }
        finally
        {
            _issuing = false;
            _serviceId = null;
        }
    }

    private async Task OnCheckIn()
    {
        if (_issuing)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(_bookingCode))
        {
            _bookingError = KioskText.BookingEmpty;
            return;
        }

        _issuing = true;
        _bookingError = null;
        try
        {
            var issue = await Issuer.CheckInAsync(_kiosk, _bookingCode, t => Links.PageOf(t.Token), _stop.Token);
            ShowSlip(issue);
        }
        catch (QueueException refusal)
        {
            _bookingError = Labels.Refusal(refusal);
        }
        catch (KioskRefusedException refused)
        {
            Refused(refused, m => _bookingError = m);
        }
        finally
        {
            _issuing = false;
        }
    }

    private void Refused(KioskRefusedException refused, Action<string> say)
    {
        if (refused.Reason == KioskRefusal.TooFast)
        {
            say(KioskText.TooFast);
        }
        else
        {
            _outOfService = refused.Reason;
        }
    }

    private void ShowSlip(KioskIssue issue)
    {
        var print = issue.Print switch
        {
            PrintOutcome.ByBrowser => KioskRoutes.PrintByBrowser,
            PrintOutcome.Printed => KioskRoutes.Printed,
            PrintOutcome.Failed => KioskRoutes.PrintFailed,
            _ => null,
        };
        ForgetEverything();
        Navigation.NavigateTo(KioskRoutes.Slip(issue.Ticket.Token, DeviceToken, print));
    }

    private void OnBack()
    {
        switch (_step)
        {
            case KioskStep.Priority when _service is not null:
                Navigation.NavigateTo(KioskRoutes.Agency(_service.Agency.Id, DeviceToken));
                break;
            case KioskStep.Agencies:
                ForgetEverything();
                Load();
                RestartIdle();
                break;
            default:
                Navigation.NavigateTo(KioskRoutes.Start(DeviceToken));
                break;
        }
    }

    private void OnHome()
    {
        ForgetEverything();
        if (_step == KioskStep.Agencies)
        {
            Load();
            RestartIdle();
        }
        else
        {
            Navigation.NavigateTo(KioskRoutes.Start(DeviceToken));
        }
    }

    private void OnBookingOpened() => Navigation.NavigateTo(KioskRoutes.Booking(DeviceToken));

    private void OnSearchOpened() => _searching = true;

    private void OnSearchTyped(ChangeEventArgs change) => Search(change.Value?.ToString() ?? string.Empty);

    private void OnSearchKey(string key) => Search(_search + key);

    private void OnSearchBackspace() => Search(_search.Length > 0 ? _search[..^1] : string.Empty);

    private void OnSearchClear() => Search(string.Empty);

    private void Search(string text)
    {
        _searching = true;
        _search = text.Length > 40 ? text[..40] : text;
        _results = _board.Search(_search);
        RestartIdle();
    }

    /// <summary>
    /// Says the kiosk is alive (the device list's "last seen") and, for an ESC/POS kiosk, asks its printer
    /// whether it answers: a silent printer puts the kiosk out of service until it answers again.
    /// </summary>
    private async Task WatchAsync(CancellationToken stop)
    {
        var escPos = _settings.Printing == KioskPrinting.EscPos;
        var beat = escPos ? TimeSpan.FromSeconds(15) : TimeSpan.FromSeconds(60);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                Directory.Seen(DeviceToken);
                if (escPos && _outOfService != KioskRefusal.Unregistered)
                {
                    var answers = await Issuer.PrinterAnswersAsync(_kiosk, stop);
                    var now = answers ? (KioskRefusal?)null : KioskRefusal.PrinterOffline;
                    if (now != _outOfService)
                    {
                        await InvokeAsync(() =>
                        {
                            _outOfService = now;
                            StateHasChanged();
                        });
                    }
                }

                await Task.Delay(beat, Time, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The page is gone.
        }
        catch (ObjectDisposedException)
        {
            // The circuit is gone.
        }
    }
}
