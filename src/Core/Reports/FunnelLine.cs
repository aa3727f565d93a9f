namespace MppQueue.Core;

/// <summary>
/// One channel's booking funnel over a report's period: bookings made (and of them cancelled or never checked in),
/// then visits checked in (or walk-in numbers issued), called, served and surveyed, and the waits of those called.
/// </summary>
public sealed record FunnelLine(
    VisitChannel Channel,
    long Booked,
    long Cancelled,
    long Expired,
    long CheckedIn,
    long Called,
    long Served,
    long Surveyed,
    DurationStats Waiting)
{
    /// <summary>Checked in over booked; null for walk-ins and when nothing was booked.</summary>
    public double? CheckInShare => Channel != VisitChannel.WalkIn && Booked > 0 ? (double)CheckedIn / Booked : null;
}
