namespace MppQueue.Api.Idempotency;

/// <summary>What <see cref="ApiIdempotency.Claim"/> found for a request's key.</summary>
public enum IdempotencyOutcome
{
    /// <summary>A key not seen in the last 24 hours: run the request.</summary>
    New,

    /// <summary>The same request succeeded before with this key: answer as then.</summary>
    Replay,

    /// <summary>The key was used before for another request (409).</summary>
    Reused,

    /// <summary>The first request with the key has not finished (409).</summary>
    InUse,
}
