namespace MppQueue.Core;

/// <summary>Why the integration API refused a caller something it asked for.</summary>
public enum ApiAccessError
{
    /// <summary>No such thing within the caller's scope: unknown, or another agency's (which must look the same).</summary>
    NotFound,

    /// <summary>The client was not given the operation the endpoint needs (403).</summary>
    OperationNotAllowed,
}
