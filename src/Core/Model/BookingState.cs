namespace MppQueue.Core;

public enum BookingState
{
    Booked,
    CheckedIn,
    Cancelled,

    /// <summary>Not checked in by the end of its check-in window; its place went back.</summary>
    Expired,
}
