using System.Globalization;
using MppQueue.Core;
using MppQueue.Kiosk.Components;
using MppQueue.Kiosk.Idle;

namespace MppQueue.Kiosk.Flow;

/// <summary>
/// The survey on a desk's tablet: when the desk finishes a ticket, the tablet offers the survey for it (the most
/// recent ticket the desk finished today, while it has no answer). After an answer it thanks the visitor, and after
/// a while without a touch it goes back to waiting, so the next visitor never finds someone else's survey open.
/// The answer is as anonymous as on the phone: stored under the ticket's service and desk, never the officer.
/// A plain class: the page renders it, and a unit test reaches the rules without rendering.
/// </summary>
public sealed class DeskSurveyFlow : IDisposable
{
    /// <summary>How long an untouched survey stays open before the tablet gives up on it.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(2);

    /// <summary>How long "thank you" stays on the screen.</summary>
    public static readonly TimeSpan ThanksShown = TimeSpan.FromSeconds(10);

    // Tickets whose survey this tablet has put away (answered or left): never offered again here.
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);
    private readonly QueueEngine _engine;
    private readonly SurveyService _survey;
    private readonly IdleTimer _idle;
    private readonly IdleTimer _thanks;
    private string? _deskId;

    /// <param name="update">Applies a change decided by a timer on the page's circuit, then renders.</param>
    public DeskSurveyFlow(QueueEngine engine, SurveyService survey, TimeProvider time, Func<Action, Task> update)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(update);
        _engine = engine;
        _survey = survey;
        _idle = new IdleTimer(time, IdleTimeout, () => _ = update(OnIdle));
        _thanks = new IdleTimer(time, ThanksShown, () => _ = update(OnIdle));
    }

    /// <summary>The officer signed in on the tablet; null until known, and then the tablet shows nothing.</summary>
    public Officer? Officer { get; set; }

    /// <summary>The desk of the address, or null when there is no such desk.</summary>
    public Desk? Desk { get; private set; }

    /// <summary>Whether the signed-in officer may use this desk (their agency's).</summary>
    public bool MayUse { get; private set; }

    public DeskSurveyState State { get; private set; }

    /// <summary>The ticket whose survey is open (the survey state).</summary>
    public Ticket? Ticket { get; private set; }

    public Service? Service { get; private set; }

    /// <summary>Why the last answer was refused, in the page's language.</summary>
    public string? Error { get; private set; }

    public bool Busy { get; private set; }

    /// <summary>Whether an event can change the tablet: a move at its desk, or the configuration.</summary>
    public static bool Concerns(string deskId, QueueEvent queueEvent)
    {
        ArgumentNullException.ThrowIfNull(queueEvent);
        return queueEvent.Desk?.Id == deskId || queueEvent.Ticket?.DeskId == deskId || queueEvent.Kind == QueueEventKind.CatalogChanged;
    }

    /// <summary>Reads the desk and offers the survey of the ticket it finished last, unless it was put away or answered.</summary>
    public void Load(string deskId)
    {
        _deskId = deskId;
        var desk = _engine.Catalog.FindDesk(deskId);
        if (desk?.Id != Desk?.Id)
        {
            // Moved to another desk's tablet inside the app: nothing of the previous desk stays on the screen.
            Ticket = null;
            Service = null;
            State = DeskSurveyState.Waiting;
        }

        Desk = desk;
        MayUse = Desk is not null && Officer is not null && DeskAccess.CanUse(Officer, Desk);
        if (Desk is null || !MayUse)
        {
            Ticket = null;
            State = DeskSurveyState.Waiting;
            return;
        }

        var latest = _engine.TicketsToday()
            .Where(t => t.Status == TicketStatus.Done && t.DeskId == Desk.Id && t.FinishedAt is not null)
            .MaxBy(t => t.FinishedAt);
        if (latest is not null && latest.Id != Ticket?.Id && !_done.Contains(latest.Id) && _survey.CanAnswer(latest.Token))
        {
            Show(latest);
        }
        else if (State == DeskSurveyState.Survey && Ticket is not null && !Busy && Error is null && !_survey.CanAnswer(Ticket.Token))
        {
            // Answered meanwhile on the visitor's phone: nothing left to ask here.
            PutAway();
        }
    }

    /// <summary>A touch on the open survey keeps it open.</summary>
    public void Touch()
    {
        if (State == DeskSurveyState.Survey)
        {
            _idle.Restart();
        }
    }

    /// <summary>Stores the answers under the desk, then thanks; a refusal is shown and the survey stays open.</summary>
    public void Submit(SurveySubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (Busy || State != DeskSurveyState.Survey || Ticket is null || Officer is null)
        {
            return;
        }

        Busy = true;
        try
        {
            _survey.SubmitAtDesk(Officer, _deskId, Ticket.Token, submission.Answers, submission.Comment);
            PutAway();
            State = DeskSurveyState.Thanks;
            _thanks.Restart();
        }
        catch (SurveyException refusal)
        {
            Error = refusal.Error.Describe(CultureInfo.CurrentUICulture);
            _idle.Restart();
        }
        finally
        {
            Busy = false;
        }
    }

    public void Dispose()
    {
        _idle.Dispose();
        _thanks.Dispose();
    }

    private void Show(Ticket ticket)
    {
        Ticket = ticket;
        Service = _engine.Catalog.FindService(ticket.ServiceId);
        State = DeskSurveyState.Survey;
        Error = null;
        _thanks.Stop();
        _idle.Restart();
    }

    private void PutAway()
    {
        if (Ticket is not null)
        {
            _done.Add(Ticket.Id);
        }

        State = DeskSurveyState.Waiting;
        Error = null;
        _idle.Stop();
        _thanks.Stop();
    }

    private void OnIdle()
    {
        if (State != DeskSurveyState.Waiting)
        {
            PutAway();
        }
    }
}
