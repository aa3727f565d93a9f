using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MppQueue.Kiosk.Issuing;

/// <summary>
/// A token bucket per kiosk: a burst of tickets, then a steady rate. A person takes one ticket every few
/// seconds at most, so only a stuck key, a script or a flood of HTTP requests ever reaches the limit.
/// </summary>
public sealed class KioskRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public KioskRateLimiter(IOptions<KioskOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var burst = Math.Max(1, options.Value.IssueBurst);
        var perMinute = Math.Max(1, options.Value.IssuePerMinute);
        _limiter = PartitionedRateLimiter.Create<string, string>(kioskId => RateLimitPartition.GetTokenBucketLimiter(kioskId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes one ticket's permit for the kiosk; false (with how long to wait) when it has none left.</summary>
    public bool TryAcquire(string kioskId, out TimeSpan? retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(kioskId);
        retryAfter = !lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
