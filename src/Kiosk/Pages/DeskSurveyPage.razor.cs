using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Kiosk.Components;
using MppQueue.Kiosk.Idle;
using MppQueue.Ui;

namespace MppQueue.Kiosk.Pages;

/// <summary>
/// The survey on a desk's tablet: when the desk finishes a ticket, the tablet offers the survey for it (the most
/// recent ticket the desk finished today, while it has no answer). After an answer it thanks the visitor, and after
/// a while without a touch it goes back to waiting, so the next visitor never finds someone else's survey open.
/// The answer is as anonymous as on the phone: stored under the ticket's service and desk, never the officer.
/// </summary>
public partial class DeskSurveyPage
{
    /// <summary>How long an untouched survey stays open before the tablet gives up on it.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(2);

    /// <summary>How long "thank you" stays on the screen.</summary>
    public static readonly TimeSpan ThanksShown = TimeSpan.FromSeconds(10);

    // Tickets whose survey this tablet has put away (answered or left): never offered again here.
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);
    private Desk? _desk;
    private Officer? _me;
    private bool _mayUse;
    private Ticket? _ticket;
    private Service? _service;
    private DeskSurveyState _state;
    private string? _error;
    private bool _busy;
    private IdleTimer? _idle;
    private IdleTimer? _thanks;

    private enum DeskSurveyState
    {
        /// <summary>Nothing to answer: a welcome, until the desk finishes a ticket.</summary>
        Waiting,

        /// <summary>The survey for the ticket the desk has just finished.</summary>
        Survey,

        /// <summary>"Thank you", for a few seconds after an answer.</summary>
        Thanks,
    }

    [Parameter]
    public string DeskId { get; set; } = string.Empty;

    [Inject]
    private SurveyService Survey { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _me = await Officers.GetAsync();

    protected override void OnInitialized()
    {
        _idle = new IdleTimer(Time, IdleTimeout, () => _ = InvokeAsync(OnIdle));
        _thanks = new IdleTimer(Time, ThanksShown, () => _ = InvokeAsync(OnIdle));
    }

    protected override void Load()
    {
        var desk = Engine.Catalog.FindDesk(DeskId);
        if (desk?.Id != _desk?.Id)
        {
            // Moved to another desk's tablet inside the app: nothing of the previous desk stays on the screen.
            _ticket = null;
            _service = null;
            _state = DeskSurveyState.Waiting;
        }

        _desk = desk;
        _mayUse = _desk is not null && _me is not null && QueueEngine.CanUseDesk(_me, _desk);
        if (_desk is null || !_mayUse)
        {
            _ticket = null;
            _state = DeskSurveyState.Waiting;
            return;
        }

        var latest = Engine.TicketsToday()
            .Where(t => t.Status == TicketStatus.Done && t.DeskId == _desk.Id && t.FinishedAt is not null)
            .MaxBy(t => t.FinishedAt);
        if (latest is not null && latest.Id != _ticket?.Id && !_done.Contains(latest.Id) && Survey.CanAnswer(latest.Token))
        {
            Show(latest);
        }
        else if (_state == DeskSurveyState.Survey && _ticket is not null && !_busy && _error is null && !Survey.CanAnswer(_ticket.Token))
        {
            // Answered meanwhile on the visitor's phone: nothing left to ask here.
            PutAway();
        }
    }

    protected override bool Concerns(QueueEvent queueEvent)
    {
        ArgumentNullException.ThrowIfNull(queueEvent);
        return queueEvent.Desk?.Id == DeskId || queueEvent.Ticket?.DeskId == DeskId || queueEvent.Kind == QueueEventKind.CatalogChanged;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _idle?.Dispose();
            _thanks?.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Show(Ticket ticket)
    {
        _ticket = ticket;
        _service = Engine.Catalog.FindService(ticket.ServiceId);
        _state = DeskSurveyState.Survey;
        _error = null;
        _thanks?.Stop();
        _idle?.Restart();
    }

    private void PutAway()
    {
        if (_ticket is not null)
        {
            _done.Add(_ticket.Id);
        }

        _state = DeskSurveyState.Waiting;
        _error = null;
        _idle?.Stop();
        _thanks?.Stop();
    }

    private void OnActivity()
    {
        if (_state == DeskSurveyState.Survey)
        {
            _idle?.Restart();
        }
    }

    private void OnIdle()
    {
        if (_state != DeskSurveyState.Waiting)
        {
            PutAway();
            StateHasChanged();
        }
    }

    private void OnSubmit(SurveySubmission submission)
    {
        if (_busy || _state != DeskSurveyState.Survey || _ticket is null || _me is null)
        {
            return;
        }

        _busy = true;
        try
        {
            Survey.SubmitAtDesk(_me, DeskId, _ticket.Token, submission.Answers, submission.Comment);
            PutAway();
            _state = DeskSurveyState.Thanks;
            _thanks?.Restart();
        }
        catch (SurveyException refusal)
        {
            _error = refusal.Error.Describe(CultureInfo.CurrentUICulture);
            _idle?.Restart();
        }
        finally
        {
            _busy = false;
        }
    }
}
