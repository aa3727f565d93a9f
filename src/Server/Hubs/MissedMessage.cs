namespace MppQueue.Server.Hubs;

/// <summary>
/// What a zone's watcher missed since a sequence number, oldest first. <see cref="Complete"/> is false when the journal no
/// longer reaches back that far (then the client joins the zone again for the current picture); <see cref="More"/> is
/// true when there is more after the last event (ask again from its sequence).
/// </summary>
public sealed record MissedMessage(string ZoneId, bool Complete, bool More, IReadOnlyList<MissedEvent> Events);

/// <summary>One event of the zone, with only what the zone's screens show: the number, the service, the desk.</summary>
public sealed record MissedEvent(long Sequence, string Type, DateTimeOffset At, string? ServiceId, string? DeskId, string? Number);
