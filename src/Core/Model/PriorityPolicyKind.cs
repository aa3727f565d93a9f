namespace MppQueue.Core;

/// <summary>How a service treats priority groups when a desk calls the next ticket.</summary>
public enum PriorityPolicyKind
{
    /// <summary>Any waiting priority ticket is called before any regular one.</summary>
    PriorityFirst,

    /// <summary>One priority ticket after every N regular ones (or earlier, by arrival).</summary>
    Ratio,

    /// <summary>A priority ticket counts as having arrived M minutes earlier.</summary>
    Ageing,
}
