namespace MppQueue.Kiosk.Api;

/// <summary>A kiosk checks a booking in (POST /api/kiosk/checkins), with the visitor's priority group when asked.</summary>
public sealed record CheckInMessage(string BookingCode, string? Priority = null);
