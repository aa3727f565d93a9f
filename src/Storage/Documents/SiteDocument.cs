using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="Site"/>; the store holds exactly one.</summary>
internal sealed class SiteDocument
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string TimeZoneId { get; set; } = string.Empty;

    public string RunningText { get; set; } = string.Empty;

    /// <summary>Days as yyyymmdd.</summary>
    public List<int> Holidays { get; set; } = [];

    public int NoShowMinRecalls { get; set; }

    public int NoShowGraceMinutes { get; set; }

    public int PostponePlaces { get; set; } = 3;

    public int SoonPlaces { get; set; } = 3;

    public static SiteDocument From(Site site) => new()
    {
        Id = site.Id,
        Name = site.Name,
        TimeZoneId = site.TimeZoneId,
        RunningText = site.RunningText,
        Holidays = [.. site.Holidays.Select(StorageFormat.ToDay)],
        NoShowMinRecalls = site.NoShowMinRecalls,
        NoShowGraceMinutes = site.NoShowGraceMinutes,
        PostponePlaces = site.PostponePlaces,
        SoonPlaces = site.SoonPlaces,
    };

    public Site ToSite() => new()
    {
        Id = Id,
        Name = Name,
        TimeZoneId = TimeZoneId,
        RunningText = RunningText,
        Holidays = [.. Holidays.Select(StorageFormat.FromDay)],
        NoShowMinRecalls = NoShowMinRecalls,
        NoShowGraceMinutes = NoShowGraceMinutes,
        PostponePlaces = PostponePlaces,
        SoonPlaces = SoonPlaces,
    };
}
