namespace MppQueue.Core;

/// <summary>What an index was computed over.</summary>
public enum IkmScope
{
    /// <summary>The whole MPP.</summary>
    Site,

    Agency,

    Service,
}
