namespace MppQueue.Core;

/// <summary>
/// One visitor's answer to the satisfaction survey for one served ticket. Anonymous: it names the
/// service, agency and desk (what the index is reported by), never the officer or the visitor.
/// </summary>
public sealed record SurveyResponse
{
    private readonly string? _comment;

    public required string Id { get; init; }

    /// <summary>The ticket answered for; a ticket has at most one response.</summary>
    public required string TicketId { get; init; }

    /// <summary>The service that served the ticket (after a transfer, the one it was transferred to).</summary>
    public required string ServiceId { get; init; }

    public required string AgencyId { get; init; }

    /// <summary>The service that issued the number (the booked one for a booking), which the booking funnel counts under; null in responses stored before it was recorded.</summary>
    public string? IssuingServiceId { get; init; }

    /// <summary>How the visit came (walk-in, or the booking's channel), for the booking funnel; walk-in in responses stored before it was recorded.</summary>
    public VisitChannel Channel { get; init; }

    /// <summary>The desk that finished the ticket, when known.</summary>
    public string? DeskId { get; init; }

    /// <summary>The local day the ticket was served; the period of an index is taken on this day.</summary>
    public required DateOnly ServiceDate { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required SkmAnswers Answers { get; init; }

    /// <summary>Saran dan masukan: plain text, at most <see cref="SkmComment.MaxLength"/> characters, or null.</summary>
    /// <exception cref="SurveyException">On init, when the comment is not acceptable (see <see cref="SkmComment.Clean"/>).</exception>
    public string? Comment
    {
        get => _comment;
        init => _comment = SkmComment.Clean(value);
    }
}
