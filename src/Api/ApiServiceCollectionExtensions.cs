using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MppQueue.Api.Auth;
using MppQueue.Api.Idempotency;
using MppQueue.Core;

namespace MppQueue.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// The integration API: its settings ("MppQueue:Api", checked at start), the API clients' authentication scheme
    /// and policy (beside the officers' cookie, which stays the default), a token bucket per client (Core's <see cref="IRateBuckets"/>, shared by every node on PostgreSQL), the kept answers of
    /// idempotent POSTs (in memory), and the OpenAPI document of /api/v1. The clients themselves are Core's (<see cref="ApiClientRegistry"/>).
    /// </summary>
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        const string section = ApiOptions.Section + ":";
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.Section))
            .InRange(section + nameof(ApiOptions.Burst), o => o.Burst, 1, 100_000)
            .InRange(section + nameof(ApiOptions.PermitsPerMinute), o => o.PermitsPerMinute, 1, 100_000)
            .ValidateOnStart();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiClientAuthenticationHandler>(ApiAuth.Scheme, displayName: null, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiAuth.Policy, policy => policy.AddAuthenticationSchemes(ApiAuth.Scheme).RequireAuthenticatedUser());

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ApiAuth.RateLimit, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
                var client = context.User.FindFirst(ApiAuth.ClientIdClaim)?.Value ?? string.Empty;
                return RateLimitPartition.Get(client, key => new ClientRateLimiter(
                    context.RequestServices.GetRequiredService<IRateBuckets>(),
                    context.RequestServices.GetRequiredService<TimeProvider>(),
                    key,
                    settings.Burst,
                    TimeSpan.FromMinutes(1) / settings.PermitsPerMinute));
            });
            limiter.OnRejected = (rejected, _) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(ApiProblems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "TooManyRequests", ApiProblems.Text(nameof(ApiText.TooManyRequests), seconds)));
            };
        });

        services.AddSingleton<ApiIdempotency>();
        services.AddOpenApi(ApiEndpoints.DocumentName, ApiDocument.Configure);
        return services;
    }
}
