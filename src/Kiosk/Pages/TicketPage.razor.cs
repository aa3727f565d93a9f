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
/// and "saya terlambat" while waiting; the satisfaction survey once served; the agency's complaint channel (SP4N-LAPOR!),
/// and where the agency forwards complaints, a form for one complaint per ticket. A ticket of an earlier day shows a
/// plain "expired" page: the queue of that day is over and nothing on it can be done any more.
/// </summary>
public partial class TicketPage
{
    private const string Script = "_content/MppQueue.Kiosk/phone.js";

    private PhoneActions _actions = new();
    private PhoneCallNotice _notice = new();
    private PhoneTicketView? _view;
    private string? _shownToken;
    private PhoneSurvey _survey = default!;
    private PhoneComplaint _complaint = default!;
    private bool _soundOn;

    [Parameter]
    public string Token { get; set; } = string.Empty;

    [Inject]
    private SurveyService Survey { get; set; } = default!;

    [Inject]
    private ComplaintForwarder Complaints { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    private TicketFacts? Facts => _view?.Facts;

    private Desk? CallingDesk => _view?.Desk;

    private bool IsToday => _view?.IsToday == true;

    private bool Soon => _view?.Soon == true;

    private string? CallKey => _view?.CallKey;

    private string ZoneName => Facts?.Zone?.Name ?? "—";

    private string DeskZoneName => _view?.DeskZone?.Name ?? ZoneName;

    /// <summary>Called, and this call (or recall) not yet acknowledged with "on my way".</summary>
    private bool NoticeOpen => _notice.IsOpen(CallKey);

    /// <summary>How the range was reached, in one short line: the recent visits or the standard time, and the desks open.</summary>
    private string EstimateBasis => _view?.EstimateBasis ?? string.Empty;

    /// <summary>Why "saya terlambat" cannot be used now, or null when it can.</summary>
    private string? LateRefusal => _view?.LateRefusal;

    private string NotServed => _view?.NotServed(Culture) ?? string.Empty;

    protected override void OnInitialized()
    {
        _survey = new PhoneSurvey(Survey);
        _complaint = new PhoneComplaint(Complaints);
    }

    /// <summary>
    /// The router keeps this page when the address changes to another ticket's (<c>/t/A</c> to <c>/t/B</c> in one tab):
    /// nothing this page said about the last ticket (a sent survey, a complaint, a confirmation asked, a call seen) may
    /// stay on the next one.
    /// </summary>
    protected override void OnParametersSet()
    {
        if (_shownToken is not null && !string.Equals(_shownToken, Token, StringComparison.Ordinal))
        {
            _actions = new PhoneActions();
            _notice = new PhoneCallNotice();
            _survey = new PhoneSurvey(Survey);
            _complaint = new PhoneComplaint(Complaints);
        }

        _shownToken = Token;
        base.OnParametersSet();
    }

    protected override object? ShownView => (_view, _survey.CanAnswer, _complaint.CanWrite);

    protected override void Load()
    {
        _view = PhoneTicketView.Read(Engine, TakeToday(), Token);
        if (_view is null)
        {
            return;
        }

        _survey.Follow(_view, Token);
        _complaint.Follow(_view, Token);
        if (!_view.IsWaiting)
        {
            _actions.Keep();
        }
    }

    protected override bool Concerns(QueueEvent queueEvent) => _view is not null && PhoneTicketView.Concerns(_view.Facts.Ticket, queueEvent);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && Facts is not null)
        {
            await CallScriptAsync("init");
        }

        if (_notice.ShouldAlert(CallKey))
        {
            await CallScriptAsync("alert");
        }
    }

    private void OnAskCancel() => _actions.Ask(PhoneConfirm.Cancel);

    private void OnAskPostpone()
    {
        if (LateRefusal is null)
        {
            _actions.Ask(PhoneConfirm.Postpone);
        }
    }

    private void OnKeep() => _actions.Keep();

    private void OnConfirmCancel() => Act(PhoneConfirm.Cancel, () => PhoneActions.Cancel(Engine, Token));

    private void OnConfirmPostpone() => Act(PhoneConfirm.Postpone, () => PhoneActions.Postpone(Engine, Token, _view!));

    private void Act(PhoneConfirm confirm, Func<string> move)
    {
        _actions.Confirm(confirm, move);
        Load();
    }

    private void OnDismissNotice() => _notice.Dismiss(CallKey);

    private async Task OnEnableSound()
    {
        _soundOn = true;
        await CallScriptAsync("enableSound");
    }

    private void OnSurveySubmit(SurveySubmission submission)
    {
        if (_survey.Submit(Token, submission.Answers, submission.Comment, Culture))
        {
            Load();
        }
    }

    private void OnComplaintSubmit(string? text)
    {
        if (_complaint.Submit(Token, text, Culture))
        {
            Load();
        }
    }

    private Task<bool> CallScriptAsync(string function) => PhoneScript.CallAsync(JS, "./" + Assets[Script], function);
}
