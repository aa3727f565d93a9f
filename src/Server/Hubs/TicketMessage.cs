namespace MppQueue.Server.Hubs;

/// <summary>One ticket as its owner may see it: never the token, nothing personal; the wait range while it waits and a desk is open.</summary>
public sealed record TicketMessage(
    long Sequence,
    string Number,
    string Status,
    int PeopleAhead,
    string ServiceId,
    string ServiceNameId,
    string ServiceNameEn,
    int? DeskNumber,
    string? DeskName,
    int? WaitLowMinutes = null,
    int? WaitHighMinutes = null);
