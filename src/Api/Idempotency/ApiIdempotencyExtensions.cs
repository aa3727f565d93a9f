using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MppQueue.Api.Idempotency;

public static class ApiIdempotencyExtensions
{
    /// <summary>Makes a POST that creates something take an Idempotency-Key (<see cref="ApiIdempotencyFilter"/>), and says so in its metadata and OpenAPI description.</summary>
    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.AddEndpointFilter<ApiIdempotencyFilter>().WithMetadata(new ApiIdempotent());
    }
}
