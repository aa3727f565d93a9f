namespace MppQueue.Core;

/// <summary>One service in the Command Center: its figures, whether it issues tickets now, and its standard wait.</summary>
public sealed record ServiceSnapshot(Service Service, CommandFigures Figures, AvailabilityState State)
{
    /// <summary>Today's bookings of the service (none for a service that takes no bookings and had none).</summary>
    public BookingCounts Bookings { get; init; } = BookingCounts.None;

    /// <summary>Whether the Command Center shows a booking line for it.</summary>
    public bool ShowsBookings => Service.Booking.Open || Bookings.Booked > 0;

    public TimeSpan StandardWait => TimeSpan.FromMinutes(Service.StandardWaitMinutes);

    /// <summary>Its longest current wait passes the standard waiting time.</summary>
    public bool OverStandard => Figures.LongestWait is { } longest && longest > StandardWait;

    /// <summary>More people wait than its queue length standard (never, for a service without one).</summary>
    public bool OverQueueStandard => Service.StandardQueueLength is { } standard && Figures.Waiting > standard;
}
