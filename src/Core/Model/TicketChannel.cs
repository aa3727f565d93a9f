namespace MppQueue.Core;

/// <summary>How a ticket entered the queue; quotas may be split by channel.</summary>
public enum TicketChannel
{
    WalkIn,
    Booking,
}
