namespace MppQueue.Server.Hubs;

/// <summary>A change in a zone other than a call. <see cref="Kind"/> is the event's name, e.g. "TicketIssued".</summary>
public sealed record QueueChangedMessage(
    long Sequence,
    string ZoneId,
    string Kind,
    string? ServiceId,
    string? Number,
    string? DeskId,
    DateTimeOffset At);
