using System.Collections.Concurrent;

namespace MppQueue.Kiosk.Bookings;

/// <summary>
/// Limits booking attempts from one address and bookings for one holder, so that nobody books a day's places away
/// from a script: per address <see cref="AttemptsPerAddress"/> attempts in <see cref="Window"/>, per holder (a NIK or a
/// phone number) <see cref="BookingsPerHolder"/> bookings in the same window. Counted in memory, on the site's clock.
/// </summary>
public sealed class BookingGuard(TimeProvider time)
{
    public const int AttemptsPerAddress = 20;
    public const int BookingsPerHolder = 5;
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <summary>Counts one attempt from an address; false when it already made too many.</summary>
    public bool TryAttempt(string? address) => Take("ip:" + (address ?? "-"), AttemptsPerAddress);

    /// <summary>Counts one booking for a holder; false when they already made too many.</summary>
    public bool TryBook(string holderKey) => Take("holder:" + holderKey, BookingsPerHolder);

    private bool Take(string key, int limit)
    {
        var now = time.GetUtcNow();
        if (_counters.Count > 10_000)
        {
            foreach (var (k, c) in _counters)
            {
                if (now - c.Since >= Window)
                {
                    _counters.TryRemove(k, out _);
                }
            }
        }

        var counter = _counters.GetOrAdd(key, _ => new Counter(now));
        lock (counter)
        {
            if (now - counter.Since >= Window)
            {
                counter.Since = now;
                counter.Count = 0;
            }

            if (counter.Count >= limit)
            {
                return false;
            }

            counter.Count++;
            return true;
        }
    }

    private sealed class Counter(DateTimeOffset since)
    {
        public DateTimeOffset Since { get; set; } = since;

        public int Count { get; set; }
    }
}
