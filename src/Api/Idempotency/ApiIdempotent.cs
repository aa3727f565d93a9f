namespace MppQueue.Api.Idempotency;

/// <summary>Endpoint metadata: the endpoint takes an Idempotency-Key (the OpenAPI document lists the header as required).</summary>
public sealed record ApiIdempotent;
