using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// Whether and how a service takes bookings: how far ahead, until when the day before, the sessions of the day
/// with their places, what the holder must give, the check-in window and how a checked-in visitor joins the queue.
/// </summary>
public sealed record BookingRules
{
    public const int MaxDaysAhead = 90;

    /// <summary>A service that takes no bookings (the default).</summary>
    public static BookingRules Closed { get; } = new();

    public bool Open { get; init; }

    /// <summary>How many days ahead a day may be booked (tomorrow is 1).</summary>
    public int DaysAhead { get; init; } = 14;

    /// <summary>Bookings for a day close at this local time on the day before.</summary>
    public TimeOnly DayBeforeUntil { get; init; } = new(16, 0);

    /// <summary>The sessions of a day, in order; together at most the online part of the daily quota.</summary>
    public ImmutableArray<BookingSession> Sessions { get; init; } = [];

    /// <summary>Whether the agency needs the holder's NIK (kept only as a keyed hash and its last four digits).</summary>
    public bool RequiresNik { get; init; }

    /// <summary>Check-in opens this many minutes before the session starts.</summary>
    public int CheckInMinutesBefore { get; init; } = 30;

    /// <summary>Check-in closes this many minutes after the session starts; the booking expires then.</summary>
    public int CheckInMinutesAfter { get; init; } = 30;

    public BookingJoin Join { get; init; } = BookingJoin.Back;

    /// <summary>Places a day offers, all sessions together.</summary>
    public int Capacity => Sessions.IsDefaultOrEmpty ? 0 : Sessions.Sum(s => s.Capacity);

    public BookingSession? SessionAt(TimeOnly start) =>
        Sessions.IsDefaultOrEmpty ? null : Sessions.FirstOrDefault(s => s.Window.Start == start);

    /// <summary>Rules compare by content, the sessions one by one (an immutable array alone compares by reference).</summary>
    public bool Equals(BookingRules? other) =>
        other is not null
        && Open == other.Open
        && DaysAhead == other.DaysAhead
        && DayBeforeUntil == other.DayBeforeUntil
        && RequiresNik == other.RequiresNik
        && CheckInMinutesBefore == other.CheckInMinutesBefore
        && CheckInMinutesAfter == other.CheckInMinutesAfter
        && Join == other.Join
        && (Sessions.IsDefaultOrEmpty ? other.Sessions.IsDefaultOrEmpty : !other.Sessions.IsDefault && Sessions.SequenceEqual(other.Sessions));

    public override int GetHashCode() => HashCode.Combine(Open, DaysAhead, DayBeforeUntil, RequiresNik, Capacity, Join);
}

/// <summary>A time window of a day with its own number of places.</summary>
public sealed record BookingSession(TimeRange Window, int Capacity);

/// <summary>Where a checked-in visitor joins the service's queue.</summary>
public enum BookingJoin
{
    /// <summary>At the back, like every walk-in (the SiolaQ way).</summary>
    Back,

    /// <summary>Ahead of the walk-ins who arrived after the session began (the appointment way).</summary>
    AheadOfLaterWalkIns,
}

/// <summary>Who made a booking.</summary>
public enum BookingChannel
{
    /// <summary>The visitor, on the public booking page.</summary>
    Web,

    /// <summary>An officer, for a visitor who phoned or came the day before.</summary>
    Officer,

    /// <summary>The agency's own system (passports, BPJS, SKCK), loaded with its own codes.</summary>
    Agency,
}
