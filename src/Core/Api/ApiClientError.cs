namespace MppQueue.Core;

public enum ApiClientError
{
    NameMissing,
    NameTooLong,
    UnknownAgency,
    NoOperations,

    /// <summary>The name holds a control character (<see cref="CatalogRules.HasControl"/>).</summary>
    NameNotPlain,

    /// <summary>A client for the whole MPP may only read.</summary>
    MppScopeReadOnly,
    UnknownClient,
    AlreadyRevoked,
}
