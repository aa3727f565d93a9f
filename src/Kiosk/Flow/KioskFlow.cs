using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Idle;
using MppQueue.Kiosk.Issuing;
using MppQueue.Ui.Text;

namespace MppQueue.Kiosk.Flow;

/// <summary>
/// The visitor's way through the kiosk: agency (or search), then service, then the priority question, then the
/// ticket; or a booking code. It says which step is shown, what each button does, what a refusal shows, and when
/// everything typed is forgotten. Each step is an address (ADR 7), so a step is entered through
/// <see cref="Route"/> and <see cref="Load"/>; what is typed lives here and is forgotten after the idle timeout.
/// A plain class: the page forwards clicks and renders, and a unit test reaches the rules without rendering.
/// </summary>
public sealed class KioskFlow : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly KioskSearch _search = new();
    private readonly KioskIssuer _issuer;
    private readonly KioskDevice _kiosk;
    private readonly KioskSettings _settings;
    private readonly string? _deviceToken;
    private readonly TimeProvider _time;
    private readonly IKioskFlowHost _host;
    private readonly IdleTimer _idle;
    private string? _route;
    private string? _agencyId;
    private string? _serviceId;
    private string? _booking;
    private string? _issuingServiceId;
    private string _idempotencyKey = NewKey();

    public KioskFlow(KioskIssuer issuer, KioskDevice kiosk, KioskSettings settings, string? deviceToken, TimeProvider time, IKioskFlowHost host)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(kiosk);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(host);
        _issuer = issuer;
        _kiosk = kiosk;
        _settings = settings;
        _deviceToken = deviceToken;
        _time = time;
        _host = host;
        OutOfService = issuer.MayIssue(kiosk) ? null : KioskRefusal.Unregistered;
        _idle = new IdleTimer(time, settings.IdleTimeout, () => _ = host.UpdateAsync(OnIdle));
    }

    public KioskStep Step { get; private set; }

    /// <summary>Today's board as last loaded (set by the first <see cref="Load"/>).</summary>
    public KioskBoard Board { get; private set; } = default!;

    /// <summary>The agency whose services are shown (the services step).</summary>
    public Agency? Agency { get; private set; }

    /// <summary>The service the priority question is about (the priority step).</summary>
    public ServiceTile? Service { get; private set; }

    public IReadOnlyList<AgencyTile> Agencies { get; private set; } = [];

    public IReadOnlyList<ServiceTile> Services { get; private set; } = [];

    public IReadOnlyList<ServiceTile> Results => _search.Results;

    public string SearchText => _search.Text;

    /// <summary>The search field is open (with its on-screen keyboard) on the start step.</summary>
    public bool Searching => _search.IsOpen;

    /// <summary>The booking code as typed or scanned.</summary>
    public string BookingCode { get; set; } = string.Empty;

    /// <summary>Why the last check-in gave no ticket.</summary>
    public string? BookingError { get; private set; }

    /// <summary>Why the last walk-in ticket was refused.</summary>
    public string? Message { get; private set; }

    /// <summary>A ticket is being issued: every other tap is ignored until it is done.</summary>
    public bool Issuing { get; private set; }

    /// <summary>Why the kiosk takes no visitor at all (unregistered, printer silent), or null when it is in service.</summary>
    public KioskRefusal? OutOfService { get; private set; }

    /// <summary>Back and home are offered everywhere but on the untouched start.</summary>
    public bool ShowsNavigation => Step != KioskStep.Agencies || Searching;

    /// <summary>Nothing to forget: the start as nobody left it, so the idle timer need not run.</summary>
    public bool Pristine => Step == KioskStep.Agencies && !Searching && SearchText.Length == 0 && Message is null;

    /// <summary>Whether an event can change what the kiosk shows (quotas, waiting, open desks, the catalogue).</summary>
    public static bool Concerns(QueueEvent queueEvent)
    {
        ArgumentNullException.ThrowIfNull(queueEvent);
        return queueEvent.Kind is
            QueueEventKind.TicketIssued or QueueEventKind.TicketCheckedIn or QueueEventKind.TicketCancelled or QueueEventKind.CatalogChanged
            or QueueEventKind.TicketCalled or QueueEventKind.TicketFinished or QueueEventKind.DeskPaused or QueueEventKind.DeskResumed
            or QueueEventKind.DeskSignedIn or QueueEventKind.DeskSignedOut;
    }

    /// <summary>The busy spinner belongs on this card: its ticket is being issued.</summary>
    public bool IsIssuing(ServiceTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return Issuing && _issuingServiceId == tile.Service.Id;
    }

    /// <summary>
    /// The address's step (its query values). Another step than before drops the last refusal and makes a new
    /// idempotency key; the same step again (a reload, a language switch) keeps them.
    /// </summary>
    public void Route(string? agencyId, string? serviceId, string? booking)
    {
        _agencyId = agencyId;
        _serviceId = serviceId;
        _booking = booking;
        var route = string.Join('|', agencyId, serviceId, booking);
        if (route != _route)
        {
            _route = route;
            Message = null;
            BookingError = null;
            AskingBookingPriority = false;
            _idempotencyKey = NewKey();
        }
    }

    /// <summary>Reads today's board and decides the step from the address: booking, priority, services, or the start.</summary>
    public void Load()
    {
        Board = _host.ReadBoard();
        Agency = null;
        Service = null;
        if (_booking is not null)
        {
            Step = KioskStep.Booking;
        }
        else if (_settings.AskPriority && Board.Service(_serviceId) is { } service)
        {
            Step = KioskStep.Priority;
            Service = service;
        }
        else if (Board.FindAgency(_agencyId) is { } agency)
        {
            Step = KioskStep.Services;
            Agency = agency;
            Services = Board.ServicesOf(agency.Id);
        }
        else
        {
            Step = KioskStep.Agencies;
            Agencies = Board.Agencies();
            _search.Refresh(Board);
        }
    }

    /// <summary>Someone touched the screen: the idle stretch starts again (or stays off on the untouched start).</summary>
    public void Touch()
    {
        if (Pristine)
        {
            _idle.Stop();
        }
        else
        {
            _idle.Restart();
        }
    }

    public void ChooseAgency(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        _host.NavigateTo(KioskRoutes.Agency(agency.Id, _deviceToken));
    }

    /// <summary>A service card: the priority question when it is asked, otherwise a regular ticket at once.</summary>
    public async Task ChooseServiceAsync(ServiceTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        if (Issuing)
        {
            return;
        }

        if (_settings.AskPriority)
        {
            _host.NavigateTo(KioskRoutes.Service(tile.Service.Id, _deviceToken));
            return;
        }

        _idempotencyKey = NewKey();
        await IssueAsync(tile.Service.Id, PriorityGroup.None);
    }

    /// <summary>An answer to the priority question issues the ticket with that group.</summary>
    public Task AnswerPriorityAsync(PriorityGroup priority) =>
        Service is null ? Task.CompletedTask : IssueAsync(Service.Service.Id, priority);

    /// <summary>
    /// The booking code was accepted for a question first: a booked visitor answers the priority question too
    /// (when the kiosk asks it), and the check-in happens with the answer.
    /// </summary>
    public bool AskingBookingPriority { get; private set; }

    /// <summary>
    /// Turns the booking code into a ticket, or says why not. Where the kiosk asks the priority question, a code that
    /// could be checked in now first leads to the question, and the answer checks it in.
    /// </summary>
    public async Task CheckInAsync()
    {
        if (Issuing)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(BookingCode))
        {
            BookingError = KioskText.BookingEmpty;
            return;
        }

        if (_settings.AskPriority && !AskingBookingPriority && _issuer.CanCheckInNow(BookingCode))
        {
            BookingError = null;
            AskingBookingPriority = true;
            Touch();
            return;
        }

        await CheckInWithAsync(PriorityGroup.None);
    }

    /// <summary>The booked visitor's answer to the priority question: checks the booking in with it.</summary>
    public Task AnswerBookingPriorityAsync(PriorityGroup priority) => CheckInWithAsync(priority);

    private async Task CheckInWithAsync(PriorityGroup priority)
    {
        if (Issuing)
        {
            return;
        }

        Issuing = true;
        BookingError = null;
        try
        {
            var issue = await _issuer.CheckInAsync(_kiosk, BookingCode, _host.LinkOf, priority, _stop.Token);
            AskingBookingPriority = false;
            ShowSlip(issue);
        }
        catch (QueueException refusal)
        {
            AskingBookingPriority = false;
            BookingError = Labels.Refusal(refusal);
        }
        catch (KioskRefusedException refused)
        {
            AskingBookingPriority = false;
            Refused(refused, m => BookingError = m);
        }
        finally
        {
            Issuing = false;
        }
    }

    /// <summary>Back one step: from the priority question to its agency, from the start's search to the start, else to the start.</summary>
    public void Back()
    {
        switch (Step)
        {
            case KioskStep.Priority when Service is not null:
                _host.NavigateTo(KioskRoutes.Agency(Service.Agency.Id, _deviceToken));
                break;
            case KioskStep.Agencies:
                ForgetEverything();
                Load();
                Touch();
                break;
            default:
                _host.NavigateTo(KioskRoutes.Start(_deviceToken));
                break;
        }
    }

    /// <summary>To the start, forgetting everything typed.</summary>
    public void Home()
    {
        ForgetEverything();
        if (Step == KioskStep.Agencies)
        {
            Load();
            Touch();
        }
        else
        {
            _host.NavigateTo(KioskRoutes.Start(_deviceToken));
        }
    }

    public void OpenBooking() => _host.NavigateTo(KioskRoutes.Booking(_deviceToken));

    public void OpenSearch() => _search.Open();

    /// <summary>The search field's text, as typed (at most 40 characters): the results follow it.</summary>
    public void Search(string text)
    {
        _search.Type(text, Board);
        Touch();
    }

    public void TypeKey(string key) => Search(SearchText + key);

    public void Backspace() => Search(SearchText.Length > 0 ? SearchText[..^1] : string.Empty);

    public void ClearSearch() => Search(string.Empty);

    /// <summary>
    /// Says the kiosk is alive (through <paramref name="seen"/>: the device list's "last seen") and, for an ESC/POS
    /// kiosk, asks its printer whether it answers: a silent printer puts the kiosk out of service until it answers
    /// again. Runs until the flow is disposed.
    /// </summary>
    public async Task WatchAsync(Action seen)
    {
        try
        {
            var watch = new KioskWatch(_issuer, _kiosk, _settings.Printing, _time);
            await watch.RunAsync(seen, () => OutOfService, now => _host.UpdateAsync(() => OutOfService = now), _stop.Token);
        }
        catch (ObjectDisposedException)
        {
            // The flow was disposed before its watch began.
        }
    }

    public void Dispose()
    {
        _idle.Dispose();
        if (!_stop.IsCancellationRequested)
        {
            _stop.Cancel();
        }

        _stop.Dispose();
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");

    /// <summary>Nobody touched the screen for a while: forget everything and show the start.</summary>
    private void OnIdle()
    {
        if (Issuing)
        {
            _idle.Restart();
            return;
        }

        ForgetEverything();
        if (Step != KioskStep.Agencies)
        {
            _host.NavigateTo(KioskRoutes.Start(_deviceToken));
        }
        else
        {
            Load();
        }
    }

    private void ForgetEverything()
    {
        _search.Forget();
        BookingCode = string.Empty;
        BookingError = null;
        AskingBookingPriority = false;
        Message = null;
        _idempotencyKey = NewKey();
    }

    private async Task IssueAsync(string serviceId, PriorityGroup priority)
    {
        if (Issuing)
        {
            return;
        }

        Issuing = true;
        _issuingServiceId = serviceId;
        Message = null;
        try
        {
            // The key was made when this step was shown: a second tap on the same answer gives the same ticket.
            var issue = await _issuer.IssueAsync(_kiosk, serviceId, priority, _idempotencyKey, _host.LinkOf, _stop.Token);
            ShowSlip(issue);
        }
        catch (QueueException refusal)
        {
            Message = Labels.Refusal(refusal);
            Load();
        }
        catch (KioskRefusedException refused)
        {
            Refused(refused, m => Message = m);
        }
        finally
        {
            Issuing = false;
            _issuingServiceId = null;
        }
    }

    /// <summary>Too fast is said where the visitor looks; any other kiosk refusal takes the kiosk out of service.</summary>
    private void Refused(KioskRefusedException refused, Action<string> say)
    {
        if (refused.Reason == KioskRefusal.TooFast)
        {
            say(KioskText.TooFast);
        }
        else
        {
            OutOfService = refused.Reason;
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
        _host.NavigateTo(KioskRoutes.Slip(issue.Ticket.Token, _deviceToken, print));
    }
}
