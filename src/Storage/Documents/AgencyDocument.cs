using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="Agency"/>.</summary>
internal sealed class AgencyDocument
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string ShortName { get; set; } = string.Empty;

    public string DescriptionId { get; set; } = string.Empty;

    public string DescriptionEn { get; set; } = string.Empty;

    public bool Active { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Null in documents written before complaint channels existed: read as no channel.</summary>
    public string? ComplaintUrl { get; set; }

    public string? ComplaintLabel { get; set; }

    /// <summary>The notice channels by name, in order; null in documents written before notices existed (the default order).</summary>
    public List<string>? NoticeChannels { get; set; }

    public static AgencyDocument From(Agency agency) => new()
    {
        Id = agency.Id,
        Name = agency.Name,
        ShortName = agency.ShortName,
        DescriptionId = agency.DescriptionId,
        DescriptionEn = agency.DescriptionEn,
        Active = agency.Active,
        SortOrder = agency.SortOrder,
        ComplaintUrl = agency.ComplaintUrl,
        ComplaintLabel = agency.ComplaintLabel,
        NoticeChannels = [.. agency.NoticeChannels.Select(c => c.ToString())],
    };

    public Agency ToAgency() => new()
    {
        Id = Id,
        Name = Name,
        ShortName = ShortName,
        DescriptionId = DescriptionId,
        DescriptionEn = DescriptionEn,
        Active = Active,
        SortOrder = SortOrder,
        ComplaintUrl = ComplaintUrl ?? string.Empty,
        ComplaintLabel = ComplaintLabel ?? string.Empty,
        NoticeChannels = NoticeChannels is null
            ? Agency.DefaultNoticeChannels
            : [.. NoticeChannels.Select(n => Enum.TryParse<NoticeChannel>(n, out var c) ? c : (NoticeChannel?)null).OfType<NoticeChannel>().Distinct()],
    };
}
