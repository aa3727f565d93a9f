namespace MppQueue.Api.Auth;

/// <summary>The names the API's authentication, authorization and rate limiting are registered under.</summary>
public static class ApiAuth
{
    /// <summary>The authentication scheme of API clients; only /api/v1 asks for it, and /api/v1 asks for nothing else.</summary>
    public const string Scheme = "ApiClient";

    /// <summary>The authorization policy of /api/v1: a client authenticated by <see cref="Scheme"/>, never the officers' cookie.</summary>
    public const string Policy = "ApiClient";

    /// <summary>The claim that carries the client's id.</summary>
    public const string ClientIdClaim = "mpp:api-client";
}
