using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using MppQueue.Core;

namespace MppQueue.Api.Auth;

/// <summary>
/// The first thing around every /api/v1 endpoint, once the client is authenticated: one token bucket per client, kept in
/// Core's <see cref="IRateBuckets"/> (in memory on one process, shared by every node on PostgreSQL, so a client's calls
/// count together whichever node they reach). Nothing waits in a queue: a call without a permit is refused with 429,
/// a <c>Retry-After</c> and a problem that says how long to wait.
/// </summary>
/// <remarks>
/// A filter rather than ASP.NET Core's rate limiting middleware: the buckets are already time-based and shared, and the
/// middleware's partitioned limiter ticks every 100 ms for the life of the process, whether or not the API is used,
/// which was the most frequent timer of a live MPP's server (ADR 13).
/// </remarks>
public sealed class ApiRateFilter(IRateBuckets buckets, TimeProvider time, IOptions<ApiOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var settings = options.Value;
        var client = http.User.FindFirst(ApiAuth.ClientIdClaim)?.Value ?? string.Empty;
        if (buckets.Take("api:" + client, settings.Burst, TimeSpan.FromMinutes(1) / settings.PermitsPerMinute, time.GetUtcNow()) is not { } wait)
        {
            return await next(context);
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ApiProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, "TooManyRequests", ApiProblems.Text(nameof(ApiText.TooManyRequests), seconds));
        return Results.Empty;
    }
}
