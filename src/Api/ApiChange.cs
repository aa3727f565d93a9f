namespace MppQueue.Api;

/// <summary>What a write through the API changed (<see cref="ApiRequest.Changed"/>): the audit entry's subject and detail.</summary>
public sealed record ApiChange(string Subject, string What);
