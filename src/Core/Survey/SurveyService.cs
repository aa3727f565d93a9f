namespace MppQueue.Core;

/// <summary>
/// The visitor's side of the satisfaction survey: after their ticket is done, the page reached by the
/// ticket's token takes one anonymous response, filed under the service, agency and desk that served it.
/// </summary>
public sealed class SurveyService
{
    private readonly QueueEngine _engine;
    private readonly ISurveyStore _store;
    private readonly TimeProvider _time;

    public SurveyService(QueueEngine engine, ISurveyStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _engine = engine;
        _store = store;
        _time = time;
    }

    /// <summary>Whether the ticket behind the token may be answered for now: it exists, was served, and has no response yet.</summary>
    public bool CanAnswer(string? token) =>
        _engine.FindByToken(token) is { Status: TicketStatus.Done } ticket && !_store.HasResponse(ticket.Id);

    /// <summary>Stores the response for the ticket behind the token.</summary>
    /// <param name="token">The ticket page's token.</param>
    /// <param name="answers">One answer, 1 to 4, for each of the nine elements.</param>
    /// <param name="comment">Optional plain text, at most <see cref="SkmComment.MaxLength"/> characters.</param>
    /// <exception cref="SurveyException">
    /// The token is unknown, the ticket was not served, it already has a response, or an answer or the
    /// comment is not acceptable. Checked in that order, so a visitor who cannot answer is told so first.
    /// </exception>
    public SurveyResponse Submit(string? token, IReadOnlyDictionary<SkmElement, int> answers, string? comment)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var ticket = RequireAnswerable(token);
        var catalog = _engine.Catalog;
        var response = new SurveyResponse
        {
            Id = Tokens.NewId(),
            TicketId = ticket.Id,
            ServiceId = ticket.ServiceId,

            // A service is never deleted from the catalog, only deactivated; the desk's agency is a fallback.
            AgencyId = catalog.FindService(ticket.ServiceId)?.AgencyId ?? catalog.FindDesk(ticket.DeskId)?.AgencyId ?? string.Empty,
            IssuingServiceId = ticket.IssuingServiceId,
            Channel = VisitChannels.Of(ticket, _engine.FindBooking),
            DeskId = ticket.DeskId,
            ServiceDate = ticket.ServiceDate,
            SubmittedAt = _time.GetUtcNow(),
            Answers = SkmAnswers.Create(answers),
            Comment = comment,
        };

        // Two submissions racing both pass the check above; the store lets only one of them in.
        if (!_store.TryAddResponse(response))
        {
            throw AlreadyAnswered(ticket);
        }

        return response;
    }

    /// <summary>
    /// Stores the response given on a desk's survey tablet. The tablet is signed in by an officer, who may open only
    /// the tablets of desks they may work at (<see cref="DeskAccess.CanUse"/>), and the ticket must be one that
    /// desk finished: no page can file an answer for another agency's visitor, whatever it was navigated to.
    /// </summary>
    /// <exception cref="SurveyException">The officer may not use the desk, the ticket was not finished there, or as <see cref="Submit"/>.</exception>
    public SurveyResponse SubmitAtDesk(Officer officer, string? deskId, string? token, IReadOnlyDictionary<SkmElement, int> answers, string? comment)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var desk = _engine.Catalog.FindDesk(deskId);
        if (desk is null || !DeskAccess.CanUse(officer, desk))
        {
            throw new SurveyException(new SurveyError(SurveyErrorCode.DeskOfAnotherAgency, desk?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
        }

        if (_engine.FindByToken(token) is { } ticket && ticket.DeskId != desk.Id)
        {
            throw new SurveyException(new SurveyError(SurveyErrorCode.NotFinishedAtDesk, ticket.Number.ToString()));
        }

        return Submit(token, answers, comment);
    }

    /// <summary>The index of a period (local days, inclusive) for the whole MPP, each agency and each service.</summary>
    /// <exception cref="SurveyException">The period ends before it starts.</exception>
    public IkmReport Report(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            // Let the calculator phrase the refusal; the store is not asked for an empty range.
            return IkmCalculator.Report([], from, to);
        }

        return IkmCalculator.Report(_store.LoadResponses(from, to), from, to);
    }

    private Ticket RequireAnswerable(string? token)
    {
        var ticket = _engine.FindByToken(token) ?? throw new SurveyException(new SurveyError(SurveyErrorCode.UnknownTicket));
        if (ticket.Status != TicketStatus.Done)
        {
            throw new SurveyException(new SurveyError(SurveyErrorCode.TicketNotServed, ticket.Number.ToString(), ticket.Status));
        }

        if (_store.HasResponse(ticket.Id))
        {
            throw AlreadyAnswered(ticket);
        }

        return ticket;
    }

    private static SurveyException AlreadyAnswered(Ticket ticket) =>
        new(new SurveyError(SurveyErrorCode.AlreadyAnswered, ticket.Number.ToString()));
}
