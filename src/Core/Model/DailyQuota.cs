namespace MppQueue.Core;

/// <summary>
/// How many tickets a service issues per day. The optional parts cap a channel within the total:
/// walk-in regular, online bookings, and priority walk-ins (which fall back to the walk-in part when unset).
/// </summary>
public sealed record DailyQuota
{
    public DailyQuota(int total, int? walkIn = null, int? online = null, int? priority = null)
    {
        if (total is < 1 or > TicketNumber.MaxSequence)
        {
            throw new QueueException(QueueError.Invalid("quota", total.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        foreach (var part in new[] { walkIn, online, priority })
        {
            if (part is < 0 || part > total)
            {
                throw new QueueException(QueueError.Invalid("quota", part!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        Total = total;
        WalkIn = walkIn;
        Online = online;
        Priority = priority;
    }

    public int Total { get; }

    public int? WalkIn { get; }

    public int? Online { get; }

    public int? Priority { get; }
}
