using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>
/// The places taken in every bookable session from today on, as of one booking change; immutable, so the booking
/// page reads it without entering the engine's gate. <see cref="Version"/> grows with every change.
/// </summary>
public sealed class BookingBoard
{
    private readonly ImmutableDictionary<SessionKey, int> _taken;

    internal BookingBoard(long version, ImmutableDictionary<SessionKey, int> taken)
    {
        Version = version;
        _taken = taken;
    }

    public static BookingBoard Empty { get; } = new(0, ImmutableDictionary<SessionKey, int>.Empty);

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

    internal static BookingBoard From(long version, IEnumerable<Booking> bookings) =>
        new(version, bookings.Where(b => b.HoldsPlace)
            .GroupBy(b => new SessionKey(b.ServiceId, b.Date, b.Window.Start))
            .ToImmutableDictionary(g => g.Key, g => g.Count()));

    internal readonly record struct SessionKey(string ServiceId, DateOnly Date, TimeOnly Start);
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
