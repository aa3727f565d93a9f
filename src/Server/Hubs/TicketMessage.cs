namespace MppQueue.Server.Hubs;

/// <summary>One ticket as its owner may see it: never the token, nothing personal.</summary>
public sealed record TicketMessage(
    long Sequence,
    string Number,
    string Status,
    int PeopleAhead,
    string ServiceId,
    string ServiceNameId,
    string ServiceNameEn,
    int? DeskNumber,
    string? DeskName);
