namespace MppQueue.Api.Messages;

/// <summary>
/// Whether a walk-in gets a ticket now (<c>state</c>: Open, NotYetOpen, ClosedForToday, ClosedDay, FridayBreak,
/// PastCutOff, QuotaFull, Inactive), when the service opens again, and today's quota.
/// </summary>
public sealed record AvailabilityMessage(string State, bool IsOpen, DateTimeOffset? NextOpening, int QuotaLeft, int QuotaTotal, string? TodayOpens, string? TodayCloses);
