namespace MppQueue.Kiosk.Api;

/// <summary>A kiosk checks a booking in (POST /api/kiosk/checkins).</summary>
public sealed record CheckInMessage(string BookingCode);
