using System.Threading.RateLimiting;
using MppQueue.Core;

namespace MppQueue.Api.Auth;

/// <summary>
/// One API client's token bucket as ASP.NET Core's rate limiting asks for it, kept in Core's <see cref="IRateBuckets"/>:
/// in memory on one process, shared by every node on PostgreSQL (a client's calls count together whichever node they
/// reach). Nothing waits in a queue: a call without a permit is refused with the time to wait.
/// </summary>
internal sealed class ClientRateLimiter(IRateBuckets buckets, TimeProvider time, string client, int burst, TimeSpan every) : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(null);

    // Never idle: the bucket lives in the store, and this object only names it.
    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        // Zero permits asks whether the limiter would grant one; every call of the API takes one.
        if (permitCount == 0)
        {
            return Granted;
        }

        return buckets.Take("api:" + client, burst, every, time.GetUtcNow()) is { } wait ? new Lease(wait) : Granted;
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => retryAfter is null;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
