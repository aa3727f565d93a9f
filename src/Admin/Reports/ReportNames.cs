using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>How a report names services, desks, officers and agencies, and writes its times, for people.</summary>
public sealed class ReportNames
{
    private readonly SiteCatalog _catalog;
    private readonly Dictionary<string, string> _officers;
    private readonly CultureInfo _culture;

    public ReportNames(SiteCatalog catalog, IEnumerable<Officer> officers, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(officers);
        ArgumentNullException.ThrowIfNull(culture);
        _catalog = catalog;
        _officers = officers.ToDictionary(o => o.Id, o => o.DisplayName, StringComparer.Ordinal);
        _culture = culture;
    }

    public CultureInfo Culture => _culture;

    /// <summary>The building the names come from (and the catalogue's order of its agencies and services).</summary>
    public SiteCatalog Catalog => _catalog;

    private bool English => _culture.TwoLetterISOLanguageName == "en";

    public string Service(string? id) => _catalog.FindService(id) is { } s
        ? s.Prefix + " – " + (English ? s.NameEn : s.NameId)
        : id ?? string.Empty;

    public string Agency(string? id) => id is not null && _catalog.Agencies.TryGetValue(id, out var a) ? a.Name : id ?? string.Empty;

    public string AgencyOfService(string? serviceId) => Agency(_catalog.FindService(serviceId)?.AgencyId);

    public string Desk(string? id) => string.IsNullOrEmpty(id)
        ? ReportText.ResourceManager.GetString(nameof(ReportText.ReportNoDesk), _culture) ?? string.Empty
        : _catalog.FindDesk(id)?.Name ?? id;

    public string Officer(string? id) => string.IsNullOrEmpty(id)
        ? ReportText.ResourceManager.GetString(nameof(ReportText.ReportNoOfficer), _culture) ?? string.Empty
        : _officers.TryGetValue(id, out var name) ? name : id;

    /// <summary>A duration in minutes with one decimal, for a spreadsheet cell; null when there is none.</summary>
    public static double? Minutes(TimeSpan? duration) => duration is { } d ? Math.Round(d.TotalMinutes, 1) : null;

    /// <summary>A duration for people ("12,5 mnt"), or a dash.</summary>
    public string MinutesText(TimeSpan? duration) => Minutes(duration) is { } m
        ? string.Format(_culture, Text(nameof(ReportText.ReportMinutes)), m.ToString("0.0", _culture))
        : Text(nameof(ReportText.ReportNone));

    /// <summary>A share as a percentage with one decimal ("87,5 %"), or a dash.</summary>
    public string PercentText(double? share) => share is { } s
        ? (s * 100).ToString("0.0", _culture) + " %"
        : Text(nameof(ReportText.ReportNone));

    /// <summary>A booking funnel channel's name (Datang langsung, Web, Petugas, Sistem instansi).</summary>
    public string Channel(VisitChannel channel) => Text("ReportChannel_" + channel);

    public string Date(DateOnly day) => day.ToString("d MMM yyyy", _culture);

    /// <summary>The short name of a heat map row's day (Sen, Sel … / Mon, Tue …).</summary>
    public string DayOfRow(int row) => _culture.DateTimeFormat.GetAbbreviatedDayName(HeatMap.DayOfRow(row));

    public string Text(string key) => ReportText.ResourceManager.GetString(key, _culture) ?? key;

    /// <summary>The sentence for a refused report, in this culture.</summary>
    public string Error(ReportException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return string.Format(_culture, Text("ReportError_" + error.Code), error.Detail ?? string.Empty);
    }
}
