using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>
/// Quota use in an order people recognise: by agency in the catalogue's order, each agency's services in the
/// catalogue's order (as the kiosk lists them), with the agency's total; a service the catalogue no longer has comes last.
/// </summary>
public static class QuotaUseGroups
{
    /// <summary>At or above this share (and below 1) a line is shown as nearly used up.</summary>
    public const double NearlyFull = 0.9;

    public static IReadOnlyList<QuotaUseGroup> Of(IEnumerable<QuotaUseLine> lines, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. lines
            .GroupBy(l => catalog.FindService(l.ServiceId)?.AgencyId ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0 ? 1 : 0)
            .ThenBy(g => catalog.Agencies.TryGetValue(g.Key, out var a) ? a.SortOrder : int.MaxValue)
            .ThenBy(g => catalog.Agencies.TryGetValue(g.Key, out var a) ? a.Name : g.Key, StringComparer.CurrentCulture)
            .Select(g => new QuotaUseGroup(
                g.Key,
                [.. g.OrderBy(l => catalog.FindService(l.ServiceId)?.SortOrder ?? int.MaxValue)
                    .ThenBy(l => catalog.FindService(l.ServiceId)?.NameId ?? l.ServiceId, StringComparer.Ordinal)],
                new QuotaUseLine(g.Key, g.Sum(l => l.Issued), g.Sum(l => l.Quota))))];
    }

    /// <summary>The lines in the groups' order, for the downloads.</summary>
    public static IEnumerable<QuotaUseLine> Ordered(IEnumerable<QuotaUseLine> lines, SiteCatalog catalog) =>
        Of(lines, catalog).SelectMany(g => g.Lines);

    /// <summary>How full a line is: used up (or over), nearly full, or neither.</summary>
    public static MudBlazor.Color Color(QuotaUseLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Share switch
        {
            >= 1 => MudBlazor.Color.Error,
            >= NearlyFull => MudBlazor.Color.Warning,
            _ => MudBlazor.Color.Primary,
        };
    }
}
