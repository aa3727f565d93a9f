namespace MppQueue.Core;

/// <summary>The priority groups of the public service law (UU 25/2009).</summary>
public enum PriorityGroup
{
    None,
    Elderly,
    Disabled,
    Pregnant,
    WithChild,
}
