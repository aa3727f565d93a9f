namespace MppQueue.Api.Messages;

/// <summary>
/// One ticket and its history. Nothing personal and not the ticket page's token: the number, the services, the
/// status, the times, the people ahead while it waits today, and every move.
/// </summary>
public sealed record TicketMessage(
    string Id,
    string Number,
    string ServiceId,
    string IssuingServiceId,
    DateOnly ServiceDate,
    string Status,
    string Priority,
    string Channel,
    DateTimeOffset IssuedAt,
    DateTimeOffset? CalledAt,
    DateTimeOffset? ServingAt,
    DateTimeOffset? FinishedAt,
    int? PeopleAhead,
    IReadOnlyList<MoveMessage> Moves);
