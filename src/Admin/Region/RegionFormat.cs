using System.Globalization;
using MppQueue.Admin.Components.Command;
using MppQueue.Core;

namespace MppQueue.Admin.Region;

/// <summary>How the regional pages and the download write their figures.</summary>
public static class RegionFormat
{
    /// <summary>A share as a whole percentage ("87 %"), or a dash without a denominator.</summary>
    public static string Percent(double? share) =>
        share is { } s ? Math.Round(s * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.CurrentCulture) + " %" : RegionText.None;

    /// <summary>A wait such as "12 min" (the Command Center's words), or a dash.</summary>
    public static string Wait(TimeSpan? wait) => wait is { } w ? CommandLabels.Duration(w) : RegionText.None;

    /// <summary>The IKM with its grade ("84,50 (B)"), or a dash without responses.</summary>
    public static string Ikm(IkmResult? ikm) =>
        ikm is { Index: { } index, Grade: { } grade } ? index.ToString("0.00", CultureInfo.CurrentCulture) + " (" + grade + ")" : RegionText.None;

    /// <summary>The site's local time "14:05 WITA"-like: hours and minutes with the zone's id when it is not shown otherwise.</summary>
    public static string LocalTime(RegionSiteToday site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.LocalTime is { } local ? local.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + ZoneName(site.TimeZoneId) : RegionText.None;
    }

    /// <summary>Indonesia's zones by their everyday names; any other by its id.</summary>
    public static string ZoneName(string? zoneId) => zoneId switch
    {
        "Asia/Jakarta" or "Asia/Pontianak" => "WIB",
        "Asia/Makassar" => "WITA",
        "Asia/Jayapura" => "WIT",
        null => string.Empty,
        _ => zoneId,
    };

    /// <summary>What a site that could not be read says instead of figures.</summary>
    public static string State(RegionSiteState state) => state switch
    {
        RegionSiteState.NotSetUp => RegionText.NotSetUp,
        RegionSiteState.Unreachable => RegionText.NotReachable,
        _ => string.Empty,
    };

    public static string StateHelp(RegionSiteState state) => state switch
    {
        RegionSiteState.NotSetUp => RegionText.NotSetUpHelp,
        RegionSiteState.Unreachable => RegionText.NotReachableHelp,
        _ => string.Empty,
    };

    /// <summary>The period a site's figures cover, as days.</summary>
    public static string Period(ReportPeriod? period) => period is null ? RegionText.None
        : period.From == period.To ? Day(period.From)
        : Day(period.From) + " – " + Day(period.To);

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.CurrentCulture);
}
