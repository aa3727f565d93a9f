namespace MppQueue.Core;

/// <summary>
/// One recorded event for the outside world (webhooks, an API client catching up, a hub client that reconnects). It is
/// written in the same store transaction as the move that caused it, so a move is never committed without its event
/// (docs/adr/0016-journal-and-webhooks.md).
/// </summary>
public sealed record JournalEntry
{
    /// <summary>The entry's place in the journal, given by the store when it is written (0 before): strictly growing in commit order.</summary>
    public long Id { get; init; }

    /// <summary>A random id that names the event for receivers (the same on every delivery of it).</summary>
    public required string EventId { get; init; }

    /// <summary>The engine's sequence number of the move (two events of one move, such as a check-in's, share it).</summary>
    public required long Sequence { get; init; }

    public required JournalEventType Type { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The agency the event belongs to (the service's or the desk's), for scoped clients.</summary>
    public string? AgencyId { get; init; }

    public string? ServiceId { get; init; }

    public string? ZoneId { get; init; }

    public string? TicketId { get; init; }

    public string? BookingCode { get; init; }

    public string? DeskId { get; init; }

    /// <summary>The event's data as a JSON object (never a phone number or NIK); see <see cref="JournalEntries"/>.</summary>
    public required string Data { get; init; }
}
