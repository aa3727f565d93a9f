namespace MppQueue.Core;

/// <summary>A walk-in's request for a ticket. The idempotency key makes a double tap give one ticket.</summary>
public sealed record IssueRequest(
    string ServiceId,
    PriorityGroup Priority = PriorityGroup.None,
    string? KioskId = null,
    string? IdempotencyKey = null);
