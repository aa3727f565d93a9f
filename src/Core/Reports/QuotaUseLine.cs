namespace MppQueue.Core;

/// <summary>A service's tickets issued over a period against the sum of its daily quotas on those days.</summary>
public sealed record QuotaUseLine(string ServiceId, long Issued, long Quota)
{
    /// <summary>Issued over quota (may pass 1 when a quota was lowered after tickets were issued); null without a quota.</summary>
    public double? Share => Quota > 0 ? (double)Issued / Quota : null;
}
