namespace MppQueue.Server.Kiosk;

/// <summary>A kiosk checks a booking in (POST /api/kiosk/checkins).</summary>
public sealed record CheckInMessage(string BookingCode);
