namespace MppQueue.Core;

/// <summary>
/// One day's booking funnel for one service (the one booked, or that issued the walk-in number) and one channel:
/// from booked to served, and the waits of those called. Built by <see cref="FunnelBuilder"/>; whether the visitor
/// then answered the survey is counted from the responses when a report is made, since a survey may come days later.
/// </summary>
public sealed record FunnelRow
{
    public required string ServiceId { get; init; }

    public required VisitChannel Channel { get; init; }

    /// <summary>Bookings made for the day, in any state (none for walk-ins).</summary>
    public int Booked { get; init; }

    /// <summary>Bookings cancelled by the holder or an officer.</summary>
    public int Cancelled { get; init; }

    /// <summary>Bookings never checked in (expired, or still open when the day ended).</summary>
    public int Expired { get; init; }

    /// <summary>Tickets that entered the queue: bookings checked in, or walk-in numbers issued.</summary>
    public int CheckedIn { get; init; }

    public int Called { get; init; }

    public int Served { get; init; }

    public long WaitTicks { get; init; }

    /// <summary>Check-in (or issue) to first call of those called, see <see cref="TicketMeasures"/>.</summary>
    public DurationHistogram Waits { get; init; } = DurationHistogram.Empty;

    public bool Equals(FunnelRow? other) =>
        other is not null && ServiceId == other.ServiceId && Channel == other.Channel && Booked == other.Booked
        && Cancelled == other.Cancelled && Expired == other.Expired && CheckedIn == other.CheckedIn && Called == other.Called
        && Served == other.Served && WaitTicks == other.WaitTicks && Waits.Equals(other.Waits);

    public override int GetHashCode() => HashCode.Combine(ServiceId, Channel, Booked, CheckedIn, Called, Served);
}
