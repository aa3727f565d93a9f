namespace MppQueue.Core;

/// <summary>
/// A visitor's complaint about the service behind one ticket (at most one per ticket), written on the ticket page and
/// forwarded to the agency's SP4N-LAPOR! endpoint. It holds no personal data: no phone, no NIK, no page token; the
/// ticket is named by its id (for the admins) and its number (for the agency).
/// </summary>
public sealed record Complaint
{
    public required string Id { get; init; }

    public required string AgencyId { get; init; }

    public required string ServiceId { get; init; }

    public required string TicketId { get; init; }

    public required string TicketNumber { get; init; }

    public required DateOnly ServiceDate { get; init; }

    /// <summary>The visitor's words, cleaned (<see cref="ComplaintText.Clean"/>).</summary>
    public required string Text { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public ComplaintState State { get; init; } = ComplaintState.Waiting;

    /// <summary>Failed attempts since it was submitted or last resent.</summary>
    public int Attempts { get; init; }

    /// <summary>When the next attempt is due (while <see cref="ComplaintState.Waiting"/>).</summary>
    public DateTimeOffset NextAttemptAt { get; init; }

    public DateTimeOffset? ForwardedAt { get; init; }

    /// <summary>Why the last attempt failed, or null.</summary>
    public string? LastError { get; init; }

    /// <summary>The other side's reference for it (<c>{"id": …}</c> in its answer), when it gave one.</summary>
    public string? Reference { get; init; }
}
