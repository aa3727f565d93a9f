namespace MppQueue.Api.Messages;

/// <summary>Another session for a booking (POST /api/v1/bookings/{code}/move): once per booking, until the day before.</summary>
/// <param name="Date">The day, "2026-11-25".</param>
/// <param name="SessionStart">The session's start, local time "10:00".</param>
public sealed record MoveBookingMessage(DateOnly? Date, string? SessionStart);
