using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Kiosk.Components;
using MppQueue.Ui.Text;

namespace MppQueue.Kiosk.Pages;

/// <summary>
/// The visitor's own page on their phone, reached by the ticket's long random token: number, service, status,
/// people ahead and the estimated wait, live; a full-screen notice (with a buzz and a chime) when called; cancel
/// and "saya terlambat" while waiting; the satisfaction survey once served. A ticket of an earlier day shows a
/// plain "expired" page: the queue of that day is over and nothing on it can be done any more.
/// </summary>
public partial class TicketPage
{
    private const string Script = "_content/MppQueue.Kiosk/phone.js";

    private TicketFacts? _facts;
    private Desk? _desk;
    private bool _isToday;
    private bool _soon;
    private int _desksOpen;
    private int _behind;
    private bool _postponed;
    private bool _canAnswer;

    private PhoneConfirm _confirm;
    private bool _busy;
    private string? _message;
    private string? _error;

    private string? _callKey;
    private string? _dismissedCallKey;
    private string? _alertedCallKey;
    private bool _soundOn;

    private bool _surveyBusy;
    private bool _surveySent;
    private string? _surveyError;

    private enum PhoneConfirm
    {
        None,
        Cancel,
        Postpone,
    }

    [Parameter]
    public string Token { get; set; } = string.Empty;

    [Inject]
    private SurveyService Survey { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    private string ZoneName => _facts?.Zone?.Name ?? "—";

    private string DeskZoneName =>
        _desk is not null && Engine.Catalog.Zones.TryGetValue(_desk.ZoneId, out var zone) ? zone.Name : ZoneName;

    /// <summary>Called, and this call (or recall) not yet acknowledged with "on my way".</summary>
    private bool NoticeOpen => _callKey is not null && _callKey != _dismissedCallKey;

    /// <summary>How the range was reached, in one short line: the recent visits or the standard time, and the desks open.</summary>
    private string EstimateBasis
    {
        get
        {
            if (_facts?.Estimate is not { } estimate)
            {
                return KioskText.PhoneEstimateNoDesk;
            }

            var service = Labels.Service(_facts.Service);
            var typical = Math.Max(1, (int)Math.Round(estimate.TypicalServiceTime.TotalMinutes, MidpointRounding.AwayFromZero));
            return estimate.Basis == WaitEstimateBasis.RecentServices
                ? Labels.Format(KioskText.PhoneEstimateRecent, estimate.SampleCount, service, typical, _desksOpen)
                : Labels.Format(KioskText.PhoneEstimateStandard, service, typical, _desksOpen);
        }
    }

    /// <summary>Why "saya terlambat" cannot be used now, or null when it can.</summary>
    private string? LateRefusal => _postponed ? KioskText.ActionLateUsed : _behind <= 0 ? KioskText.ActionLateNobody : null;

    private string NotServed => _facts is null
        ? string.Empty
        : new SurveyError(SurveyErrorCode.TicketNotServed, _facts.Ticket.Number.ToString(), _facts.Ticket.Status).Describe(Culture);

    protected override void Load()
    {
        var board = new KioskBoard(Engine);
        _facts = board.Facts(Token);
        if (_facts is null)
        {
            return;
        }

        var ticket = _facts.Ticket;
        _isToday = ticket.ServiceDate == Engine.Today;
        _desk = Engine.Catalog.FindDesk(ticket.DeskId);
        var waiting = _isToday && ticket.Status == TicketStatus.Waiting;
        _desksOpen = waiting ? board.DesksOpen(_facts.Service) : 0;
        _behind = waiting ? Engine.WaitingForService(ticket.ServiceId).Count - _facts.PeopleAhead - 1 : 0;
        _soon = waiting && _facts.PeopleAhead <= _facts.Site.SoonPlaces;
        _postponed = ticket.History.Any(m => m.Kind == MoveKind.Postpone);
        _canAnswer = _isToday && ticket.Status == TicketStatus.Done && Survey.CanAnswer(Token);

        // A recall is a new call: it opens the notice again and buzzes again.
        _callKey = _isToday && ticket.Status == TicketStatus.Called
            ? string.Create(CultureInfo.InvariantCulture, $"{ticket.CalledAt?.UtcTicks}:{ticket.RecallCount}")
            : null;
        if (!waiting)
        {
            _confirm = PhoneConfirm.None;
        }
    }

    protected override bool Concerns(QueueEvent queueEvent)
    {
        ArgumentNullException.ThrowIfNull(queueEvent);
        if (_facts is null)
        {
            return false;
        }

        var serviceId = _facts.Ticket.ServiceId;
        return queueEvent.Ticket?.Id == _facts.Ticket.Id
            || queueEvent.Ticket?.ServiceId == serviceId
            || queueEvent.FromServiceId == serviceId
            || queueEvent.Desk?.ServiceIds.Contains(serviceId) == true
            || queueEvent.Kind == QueueEventKind.CatalogChanged;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _facts is not null)
        {
            await CallScriptAsync("init");
        }

        if (_callKey is not null && _callKey != _alertedCallKey)
        {
            _alertedCallKey = _callKey;
            await CallScriptAsync("alert");
        }
    }

    private void OnAskCancel() => Ask(PhoneConfirm.Cancel);

    private void OnAskPostpone()
    {
        if (LateRefusal is null)
        {
            Ask(PhoneConfirm.Postpone);
        }
    }

    private void OnKeep() => _confirm = PhoneConfirm.None;

    // The engine's moves are synchronous and the circuit runs one event at a time, so a double tap reaches this
    // method twice in a row: the first closes the confirmation, and the second finds nothing to confirm.
    private void OnConfirmCancel() => Act(PhoneConfirm.Cancel, () =>
    {
        var cancelled = Engine.CancelByToken(Token);
        return Labels.Format(KioskText.ActionCancelDone, cancelled.Number);
    });

    private void OnConfirmPostpone() => Act(PhoneConfirm.Postpone, () =>
    {
        var places = Math.Min(Math.Max(_behind, 1), _facts!.Site.PostponePlaces);
        Engine.PostponeByToken(Token);
        return Labels.Format(KioskText.ActionLateDone, places);
    });

    private void OnDismissNotice() => _dismissedCallKey = _callKey;

    private async Task OnEnableSound()
    {
        _soundOn = true;
        await CallScriptAsync("enableSound");
    }

    private void OnSurveySubmit(SurveySubmission submission)
    {
        if (_surveyBusy || _surveySent)
        {
            return;
        }

        _surveyBusy = true;
        try
        {
            Survey.Submit(Token, submission.Answers, submission.Comment);
            _surveySent = true;
            _surveyError = null;
        }
        catch (SurveyException refusal)
        {
            _surveyError = refusal.Error.Describe(Culture);
        }
        finally
        {
            _surveyBusy = false;
            Load();
        }
    }

    private void Ask(PhoneConfirm confirm)
    {
        _confirm = confirm;
        _message = null;
        _error = null;
    }

    private void Act(PhoneConfirm confirm, Func<string> move)
    {
        if (_busy || _confirm != confirm)
        {
            return;
        }

        _busy = true;
        _confirm = PhoneConfirm.None;
        try
        {
            _message = move();
            _error = null;
        }
        catch (QueueException refusal)
        {
            _message = null;
            _error = Labels.Refusal(refusal);
        }
        finally
        {
            _busy = false;
            Load();
        }
    }

    private async Task CallScriptAsync(string function)
    {
        try
        {
            var module = await JS.InvokeAsync<IJSObjectReference>("import", "./" + Assets[Script]);
            if (module is not null)
            {
                await using (module)
                {
                    await module.InvokeVoidAsync(function);
                }
            }
        }
        catch (JSException)
        {
            // An old cached page or a browser without the module: the notice on the screen still shows.
        }
        catch (JSDisconnectedException)
        {
            // The phone went away; nothing to buzz.
        }
        catch (TaskCanceledException)
        {
            // The phone did not answer in time (asleep); the notice is on the screen when it wakes.
        }
    }
}
