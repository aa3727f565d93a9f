namespace MppQueue.Core;

/// <summary>
/// A visit booked ahead for one session of one day; its place is taken when it is made. It enters the queue only
/// when checked in at a kiosk inside its check-in window. The holder is named only as far as the service needs:
/// a phone number and, where required, the NIK as a keyed hash with its last four digits. Those personal fields are
/// removed some days after the booking's day (<see cref="ErasedAt"/>).
/// </summary>
public sealed record Booking
{
    public required string Code { get; init; }

    public required string ServiceId { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The session booked.</summary>
    public required TimeRange Window { get; init; }

    public BookingState State { get; init; } = BookingState.Booked;

    public string? TicketId { get; init; }

    /// <summary>The secret of the page the holder comes back to (cancel, move); never shown to anyone else.</summary>
    public string? Token { get; init; }

    public BookingChannel Channel { get; init; } = BookingChannel.Web;

    /// <summary>The officer who made it (officer channel) or the agency (agency channel).</summary>
    public string? MadeBy { get; init; }

    public DateTimeOffset? MadeAt { get; init; }

    /// <summary>The holder's phone number, digits only in the 62… form.</summary>
    public string? Phone { get; init; }

    /// <summary>HMAC-SHA256 of the NIK under the site's secret (hex); the NIK itself is never stored.</summary>
    public string? NikHash { get; init; }

    public string? NikLast4 { get; init; }

    /// <summary>How many times the holder moved it to another session (once at most).</summary>
    public int Moves { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>When the personal fields were removed.</summary>
    public DateTimeOffset? ErasedAt { get; init; }

    /// <summary>Whether it still holds its place.</summary>
    public bool HoldsPlace => State is BookingState.Booked or BookingState.CheckedIn;

}
