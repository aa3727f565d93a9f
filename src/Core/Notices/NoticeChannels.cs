namespace MppQueue.Core;

/// <summary>Which channels a visitor set for a ticket, for the officer's card ("WA ✓"): never the number itself.</summary>
public sealed record NoticeChannels(bool Phone, bool Push)
{
    public static NoticeChannels None { get; } = new(false, false);

    public bool Any => Phone || Push;
}
