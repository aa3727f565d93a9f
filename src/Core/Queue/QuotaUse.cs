namespace MppQueue.Core;

/// <summary>Tickets a service has issued today, in total and per quota channel.</summary>
public sealed record QuotaUse(int Total, int WalkIn, int Online, int Priority)
{
    public static QuotaUse None { get; } = new(0, 0, 0, 0);

    public static QuotaUse Count(IEnumerable<Ticket> issuedToday, DailyQuota quota)
    {
        ArgumentNullException.ThrowIfNull(quota);
        int total = 0, walkIn = 0, online = 0, priority = 0;
        foreach (var ticket in issuedToday)
        {
            total++;
            switch (ChannelOf(ticket.Channel, ticket.Priority, quota))
            {
                case QuotaChannel.Online: online++; break;
                case QuotaChannel.Priority: priority++; break;
                default: walkIn++; break;
            }
        }

        return new QuotaUse(total, walkIn, online, priority);
    }

    /// <summary>Which part of a split quota a new ticket would use; priority walk-ins use the walk-in part when there is no priority part.</summary>
    public static QuotaChannel ChannelOf(TicketChannel channel, PriorityGroup group, DailyQuota quota)
    {
        ArgumentNullException.ThrowIfNull(quota);
        if (channel == TicketChannel.Booking)
        {
            return QuotaChannel.Online;
        }

        return group != PriorityGroup.None && quota.Priority is not null ? QuotaChannel.Priority : QuotaChannel.WalkIn;
    }

    /// <summary>Tickets still available for a new ticket of this channel (the smaller of the total and its part).</summary>
    public int Left(DailyQuota quota, QuotaChannel channel)
    {
        ArgumentNullException.ThrowIfNull(quota);
        var left = quota.Total - Total;
        var part = channel switch
        {
            QuotaChannel.Online => quota.Online - Online,
            QuotaChannel.Priority => quota.Priority - Priority,
            _ => quota.WalkIn - WalkIn,
        };
        return Math.Max(0, part is { } p ? Math.Min(left, p) : left);
    }
}
