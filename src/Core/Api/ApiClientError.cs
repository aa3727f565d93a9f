namespace MppQueue.Core;

public enum ApiClientError
{
    NameMissing,
    NameTooLong,
    UnknownAgency,
    NoOperations,

    /// <summary>A client for the whole MPP may only read.</summary>
    MppScopeReadOnly,
    UnknownClient,
    AlreadyRevoked,
}
