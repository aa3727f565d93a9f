namespace MppQueue.Api.Messages;

/// <summary>A booking to make for a holder (POST /api/v1/bookings).</summary>
/// <param name="ServiceId">One of the agency's services that takes bookings, e.g. "skck".</param>
/// <param name="Date">The day, "2026-11-24": from tomorrow, within the service's days ahead.</param>
/// <param name="SessionStart">The session's start, local time "09:00" (GET /api/v1/services/{serviceId}/sessions).</param>
/// <param name="Phone">The holder's mobile number (0812…, +62 812…); required, used only for notices about this booking.</param>
/// <param name="Nik">The holder's 16-digit NIK where the service requires it; kept only as a keyed hash and its last four digits.</param>
public sealed record NewBookingMessage(string? ServiceId, DateOnly? Date, string? SessionStart, string? Phone, string? Nik = null);
