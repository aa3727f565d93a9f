namespace MppQueue.Core;

/// <summary>
/// Something a person did that is not a ticket move (tickets keep their own history): a desk sign-in or
/// take-over, a pause, a configuration change. Entries are only ever added.
/// </summary>
public sealed record AuditEntry(
    string Id,
    DateTimeOffset At,
    string? ActorId,
    string Action,
    string Subject,
    string? Detail);
