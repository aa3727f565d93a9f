namespace MppQueue.Core;

public enum QuotaChannel
{
    WalkIn,
    Online,
    Priority,
}
