using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>A government agency or bank serving at the MPP (instansi).</summary>
public sealed record Agency
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string ShortName { get; init; } = string.Empty;

    public string DescriptionId { get; init; } = string.Empty;

    public string DescriptionEn { get; init; } = string.Empty;

    public bool Active { get; init; } = true;

    public int SortOrder { get; init; }

    /// <summary>
    /// Where a visitor complains about this agency's service (its SP4N-LAPOR! channel): an absolute https address, or
    /// empty when the agency has none. Shown on the ticket page and in the service catalogue.
    /// </summary>
    public string ComplaintUrl { get; init; } = string.Empty;

    /// <summary>A short name for the channel ("SP4N-LAPOR!"); empty reads as SP4N-LAPOR!.</summary>
    public string ComplaintLabel { get; init; } = string.Empty;

    /// <summary>
    /// The channels this agency's notices go out on, in the order they are tried: a visitor who has the first gets it
    /// there; when it keeps failing, the next one the visitor has is tried (docs/notifications.md).
    /// </summary>
    public ImmutableArray<NoticeChannel> NoticeChannels { get; init; } = DefaultNoticeChannels;

    /// <summary>Push first (free, no number kept), then WhatsApp, then SMS.</summary>
    public static ImmutableArray<NoticeChannel> DefaultNoticeChannels { get; } = [NoticeChannel.WebPush, NoticeChannel.WhatsApp, NoticeChannel.Sms];
}
