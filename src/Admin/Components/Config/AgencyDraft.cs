using MppQueue.Core;

namespace MppQueue.Admin.Components.Config;

/// <summary>What the agency form holds while a person edits it.</summary>
public sealed class AgencyDraft
{
    public string Id { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string? ShortName { get; set; }

    public string? DescriptionId { get; set; }

    public string? DescriptionEn { get; set; }

    public int SortOrder { get; set; }

    public string? ComplaintUrl { get; set; }

    public string? ComplaintLabel { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>The channels the agency's notices go out on, in the order they are tried.</summary>
    public NoticeChannelOrder NoticeChannels { get; set; } = NoticeChannelOrder.From(Agency.DefaultNoticeChannels);
}
