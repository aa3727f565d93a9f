using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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

        services.AddSingleton<ApiIdempotency>();
        services.AddOpenApi(ApiEndpoints.DocumentName, ApiDocument.Configure);
        return services;
    }
}
