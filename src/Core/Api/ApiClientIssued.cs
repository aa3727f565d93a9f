namespace MppQueue.Core;

/// <summary>A client just created or renewed, with the credential to hand over: it exists only here, this once.</summary>
public sealed record ApiClientIssued(ApiClient Client, string Credential);
