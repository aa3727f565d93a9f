using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// The places taken in every bookable session from today on, as of one booking change; immutable, so the booking
/// page reads it without entering the engine's gate. <see cref="Version"/> grows with every change.
/// </summary>
public sealed class BookingBoard
{
    private readonly ImmutableDictionary<SessionKey, int> _taken;
    private readonly ImmutableDictionary<string, TimeRange> _sessionsToday;
    private readonly ImmutableDictionary<string, BookingCounts> _countsToday;

    internal BookingBoard(long version, ImmutableDictionary<SessionKey, int> taken, ImmutableDictionary<string, TimeRange> sessionsToday, ImmutableDictionary<string, BookingCounts> countsToday)
    {
        Version = version;
        _taken = taken;
        _sessionsToday = sessionsToday;
        _countsToday = countsToday;
    }

    public static BookingBoard Empty { get; } = new(0, ImmutableDictionary<SessionKey, int>.Empty, ImmutableDictionary<string, TimeRange>.Empty, ImmutableDictionary<string, BookingCounts>.Empty);

    /// <summary>Today's bookings of a service by state (the Command Center's booked, checked in, still expected, expired).</summary>
    public BookingCounts CountsToday(string serviceId) => _countsToday.GetValueOrDefault(serviceId, BookingCounts.None);

    public long Version { get; }

    /// <summary>Places held (booked or checked in) in one session.</summary>
    public int Taken(string serviceId, DateOnly date, TimeOnly sessionStart) =>
        _taken.TryGetValue(new SessionKey(serviceId, date, sessionStart), out var n) ? n : 0;

    /// <summary>Places left in one session.</summary>
    public int Left(Service service, DateOnly date, BookingSession session)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(session);
        return Math.Max(0, session.Capacity - Taken(service.Id, date, session.Window.Start));
    }

    /// <summary>The session of one of today's bookings, by its code (for the counter's "booked, 09:00-10:00").</summary>
    public TimeRange? SessionOf(string? bookingCode) =>
        bookingCode is not null && _sessionsToday.TryGetValue(bookingCode, out var window) ? window : null;

    internal static BookingBoard From(long version, IReadOnlyCollection<Booking> bookings, DateOnly today) =>
        new(
            version,
            bookings.Where(b => b.HoldsPlace)
                .GroupBy(b => new SessionKey(b.ServiceId, b.Date, b.Window.Start))
                .ToImmutableDictionary(g => g.Key, g => g.Count()),
            bookings.Where(b => b.Date == today).ToImmutableDictionary(b => b.Code, b => b.Window, StringComparer.Ordinal),
            bookings.Where(b => b.Date == today).GroupBy(b => b.ServiceId).ToImmutableDictionary(
                g => g.Key,
                g => new BookingCounts(
                    g.Count(b => b.State != BookingState.Cancelled),
                    g.Count(b => b.State == BookingState.CheckedIn),
                    g.Count(b => b.State == BookingState.Booked),
                    g.Count(b => b.State == BookingState.Expired)),
                StringComparer.Ordinal));

    internal readonly record struct SessionKey(string ServiceId, DateOnly Date, TimeOnly Start);
}

/// <summary>One day's bookings of a service: all not cancelled, checked in, still expected, expired.</summary>
public sealed record BookingCounts(int Booked, int CheckedIn, int Expected, int Expired)
{
    public static BookingCounts None { get; } = new(0, 0, 0, 0);
}

/// <summary>What a service offers on one day: the sessions with places left, or why the day cannot be booked.</summary>
public sealed record BookingOffer(Service Service, DateOnly Date, QueueErrorCode? Refusal, IReadOnlyList<SessionOffer> Sessions);

public sealed record SessionOffer(TimeRange Window, int Capacity, int Left);

/// <summary>A booking to make. The holder is already protected (<see cref="BookingHolder.From"/>).</summary>
public sealed record BookingRequest(
    string ServiceId,
    DateOnly Date,
    TimeOnly SessionStart,
    BookingHolder Holder,
    BookingChannel Channel = BookingChannel.Web,
    string? MadeBy = null);

/// <summary>One booking from an agency's own system: its code, the service, the day and the session time it gave.</summary>
public sealed record AgencyBooking(string? Code, string ServiceId, DateOnly Date, TimeRange Window);
