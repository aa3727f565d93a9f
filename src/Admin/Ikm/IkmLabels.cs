using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Ikm;

/// <summary>What people read for the index's values, in a given language.</summary>
public static class IkmLabels
{
    /// <summary>The regulation's short code of an element, U1 to U9, as its tables head their columns.</summary>
    public static string ElementCode(SkmElement element) =>
        "U" + ((int)element).ToString(CultureInfo.InvariantCulture);

    public static string Scope(IkmScope scope, CultureInfo culture) => Get(
        scope switch
        {
            IkmScope.Site => nameof(ReportText.IkmScopeSite),
            IkmScope.Agency => nameof(ReportText.IkmScopeAgency),
            _ => nameof(ReportText.IkmScopeService),
        },
        culture);

    /// <summary>"A · Sangat Baik", or an empty string without responses.</summary>
    public static string Grade(SkmGrade? grade, CultureInfo culture) =>
        grade is { } g ? g + " · " + SkmText.GradeLabel(g, culture) : string.Empty;

    /// <summary>An index or a mean with two decimals in the reader's language.</summary>
    public static string Figure(decimal? value, CultureInfo culture) =>
        value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.00", culture) : "–";

    private static string Get(string key, CultureInfo culture) => ReportText.ResourceManager.GetString(key, culture) ?? key;
}
