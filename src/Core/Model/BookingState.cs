namespace MppQueue.Core;

public enum BookingState
{
    Booked,
    CheckedIn,
    Cancelled,
}
