namespace MppQueue.Core;

/// <summary>A visit booked ahead; it enters the queue only when checked in at a kiosk inside its window.</summary>
public sealed record Booking
{
    public required string Code { get; init; }

    public required string ServiceId { get; init; }

    public required DateOnly Date { get; init; }

    public required TimeRange Window { get; init; }

    public BookingState State { get; init; } = BookingState.Booked;

    public string? TicketId { get; init; }
}
