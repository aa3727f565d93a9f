using Microsoft.AspNetCore.Http;
using MppQueue.Api.Auth;
using MppQueue.Core;

namespace MppQueue.Api;

/// <summary>What an endpoint knows about the request it answers.</summary>
public static class ApiRequest
{
    /// <summary>The authenticated API client; only /api/v1 endpoints (behind <see cref="ApiCallFilter"/>) may ask.</summary>
    public static ApiCaller Caller(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<ApiCallerFeature>()?.Caller
            ?? throw new InvalidOperationException("No API client on this request: the endpoint is not behind the API's policy.");
    }
}
