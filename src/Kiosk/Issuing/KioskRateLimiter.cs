using Microsoft.Extensions.Options;
using MppQueue.Core;

namespace MppQueue.Kiosk.Issuing;

/// <summary>
/// A token bucket per kiosk: a burst of tickets, then a steady rate. A person takes one ticket every few
/// seconds at most, so only a stuck key, a script or a flood of HTTP requests ever reaches the limit. The buckets are
/// Core's <see cref="IRateBuckets"/>: in memory on one process, shared by every node on PostgreSQL (a kiosk's requests
/// count together whichever node they reach).
/// </summary>
public sealed class KioskRateLimiter(IOptions<KioskOptions> options, IRateBuckets? buckets = null, TimeProvider? time = null)
{
    private readonly IRateBuckets _buckets = buckets ?? new MemoryRateBuckets();
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly int _burst = Math.Max(1, (options ?? throw new ArgumentNullException(nameof(options))).Value.IssueBurst);
    private readonly TimeSpan _every = TimeSpan.FromMinutes(1) / Math.Max(1, options.Value.IssuePerMinute);

    /// <summary>Takes one ticket's permit for the kiosk; false (with how long to wait) when it has none left.</summary>
    public bool TryAcquire(string kioskId, out TimeSpan? retryAfter)
    {
        ArgumentNullException.ThrowIfNull(kioskId);
        retryAfter = _buckets.Take("kiosk:" + kioskId, _burst, _every, _time.GetUtcNow());
        return retryAfter is null;
    }
}
