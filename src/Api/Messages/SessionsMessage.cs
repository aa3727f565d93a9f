namespace MppQueue.Api.Messages;

/// <summary>
/// What a service offers for booking on one day: its sessions with the places left now, or, when the day cannot be
/// booked, why (<see cref="Refusal"/>: the engine's code, e.g. "BookingDeadlinePassed", and a sentence).
/// </summary>
public sealed record SessionsMessage(string ServiceId, DateOnly Date, bool Bookable, string? Refusal, string? RefusalDetail, IReadOnlyList<SessionMessage> Sessions);
