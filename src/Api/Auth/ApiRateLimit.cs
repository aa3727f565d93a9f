using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using MppQueue.Core;

namespace MppQueue.Api.Auth;

/// <summary>Marks the endpoints whose calls take a permit from their client's bucket (every /api/v1 endpoint).</summary>
public sealed class ApiRateLimited
{
    private ApiRateLimited()
    {
    }

    public static ApiRateLimited Instance { get; } = new();
}

/// <summary>
/// One token bucket per API client, taken from after authorization and before anything reads the request (so a call
/// with a body that cannot be read counts too). The buckets are Core's <see cref="IRateBuckets"/>: in memory on one
/// process, shared by every node on PostgreSQL, so a client's calls count together whichever node they reach. Nothing
/// waits in a queue: a call without a permit is refused with 429, a <c>Retry-After</c> and a problem that says how long.
/// </summary>
/// <remarks>
/// Not ASP.NET Core's rate limiting middleware: the buckets are already time-based and shared, and that middleware's
/// partitioned limiter ticks every 100 ms for the life of the process, whether or not the API is used, which was the
/// most frequent timer of a live MPP's server (ADR 13).
/// </remarks>
public sealed class ApiRateMiddleware(RequestDelegate next, IRateBuckets buckets, TimeProvider time, IOptions<ApiOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetEndpoint()?.Metadata.GetMetadata<ApiRateLimited>() is null)
        {
            await next(context);
            return;
        }

        var settings = options.Value;
        var client = context.User.FindFirst(ApiAuth.ClientIdClaim)?.Value ?? string.Empty;
        if (buckets.Take("api:" + client, settings.Burst, TimeSpan.FromMinutes(1) / settings.PermitsPerMinute, time.GetUtcNow()) is not { } wait)
        {
            await next(context);
            return;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ApiProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests, "TooManyRequests", ApiProblems.Text(nameof(ApiText.TooManyRequests), seconds));
    }
}
