using System.Collections.Immutable;
using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Ikm;

/// <summary>
/// What one person may read of one period's index, in reading order: the headline (the whole MPP, or the
/// agency of an agency supervisor), then each agency with its services beneath it. The page and the CSV
/// export both read this, so they can never disagree about who sees what.
/// </summary>
public sealed class IkmSheet
{
    private IkmSheet(IkmPeriod period, IkmLine headline, ImmutableArray<IkmLine> lines)
    {
        Period = period;
        Headline = headline;
        Lines = lines;
    }

    public IkmPeriod Period { get; }

    /// <summary>The whole MPP for an MPP-wide account; the agency (perhaps without responses) for an agency supervisor.</summary>
    public IkmLine Headline { get; }

    /// <summary>The headline first, then every agency that had responses followed by its services.</summary>
    public ImmutableArray<IkmLine> Lines { get; }

    public bool IsEmpty => Headline.Result.ResponseCount == 0;

    /// <param name="agencyId">The agency the reader is limited to (see <see cref="IkmAudience"/>), or null for the whole MPP.</param>
    public static IkmSheet For(IkmReport report, SiteCatalog catalog, string? agencyId, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(culture);
        var period = new IkmPeriod(report.From, report.To);
        var names = new Names(catalog, culture);
        var agencies = report.Agencies
            .Where(a => agencyId is null || a.Key == agencyId)
            .OrderBy(a => catalog.Agencies.TryGetValue(a.Key, out var agency) ? agency.SortOrder : int.MaxValue)
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .ToList();

        IkmLine headline;
        var lines = ImmutableArray.CreateBuilder<IkmLine>();
        if (agencyId is null)
        {
            headline = new IkmLine(string.Empty, Text(nameof(ReportText.IkmWholeMpp), culture), string.Empty, report.Site);
            lines.Add(headline);
        }
        else
        {
            // An agency without responses in the period still gets its line, so its supervisor reads "0", not nothing.
            var own = agencies.FirstOrDefault() ?? new IkmResult(IkmScope.Agency, agencyId, report.From, report.To, 0, [], null, null);
            headline = names.Agency(own);
            agencies = [own];
        }

        foreach (var agency in agencies)
        {
            var line = agencyId is null ? names.Agency(agency) : headline;
            lines.Add(line);
            lines.AddRange(report.Services
                .Where(s => names.AgencyOfService(s.Key) == agency.Key)
                .OrderBy(s => catalog.FindService(s.Key)?.SortOrder ?? int.MaxValue)
                .ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(names.Service));
        }

        if (agencyId is null)
        {
            // A service missing from the catalog still counts in the MPP's index; it is listed last rather than lost.
            var listed = agencies.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
            lines.AddRange(report.Services.Where(s => names.AgencyOfService(s.Key) is not { } a || !listed.Contains(a)).Select(names.Service));
        }

        return new IkmSheet(period, headline, lines.ToImmutable());
    }

    private static string Text(string key, CultureInfo culture) => ReportText.ResourceManager.GetString(key, culture) ?? key;

    private sealed class Names(SiteCatalog catalog, CultureInfo culture)
    {
        private readonly bool _english = culture.TwoLetterISOLanguageName == "en";

        // A service is never deleted from the catalog, only deactivated; an unknown id is shown as itself.
        public string? AgencyOfService(string serviceId) => catalog.FindService(serviceId)?.AgencyId;

        public IkmLine Agency(IkmResult result)
        {
            if (!catalog.Agencies.TryGetValue(result.Key, out var agency))
            {
                return new IkmLine(result.Key, result.Key, string.Empty, result);
            }

            var shortName = string.IsNullOrWhiteSpace(agency.ShortName) ? agency.Name : agency.ShortName;
            return new IkmLine(agency.Name, shortName, string.Empty, result);
        }

        public IkmLine Service(IkmResult result)
        {
            var service = catalog.FindService(result.Key);
            var agencyName = service is not null && catalog.Agencies.TryGetValue(service.AgencyId, out var agency) ? agency.Name : string.Empty;
            var name = service is null ? result.Key : _english ? service.NameEn : service.NameId;
            return new IkmLine(agencyName, name, name, result);
        }
    }
}
