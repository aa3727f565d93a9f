using System.Globalization;

namespace MppQueue.Core;

/// <summary>A service's priority policy; <see cref="Value"/> is N for a ratio and M minutes for ageing.</summary>
public sealed record PriorityPolicy
{
    public PriorityPolicy(PriorityPolicyKind kind, int value = 0)
    {
        var valid = kind switch
        {
            PriorityPolicyKind.PriorityFirst => value == 0,
            PriorityPolicyKind.Ratio => value is >= 1 and <= 100,
            PriorityPolicyKind.Ageing => value is >= 1 and <= 600,
            _ => false,
        };
        if (!valid)
        {
            throw new QueueException(QueueError.Invalid("priorityPolicy", $"{kind}:{value.ToString(CultureInfo.InvariantCulture)}"));
        }

        Kind = kind;
        Value = value;
    }

    public static PriorityPolicy PriorityFirst { get; } = new(PriorityPolicyKind.PriorityFirst);

    public PriorityPolicyKind Kind { get; }

    public int Value { get; }

    public static PriorityPolicy Ratio(int regularPerPriority) => new(PriorityPolicyKind.Ratio, regularPerPriority);

    public static PriorityPolicy Ageing(int minutes) => new(PriorityPolicyKind.Ageing, minutes);
}
