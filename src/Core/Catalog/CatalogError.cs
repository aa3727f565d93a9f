using System.Globalization;
using System.Resources;

namespace MppQueue.Core;

/// <summary>
/// Why a configuration change was refused, with the field it concerns (so a form can show it next to that field)
/// and the facts a person needs: the refused value, the allowed range, the other thing it clashes with.
/// </summary>
/// <param name="Field">The field's key (<c>name</c>, <c>prefix</c>, <c>quota.total</c>, <c>hours.Monday</c>, …).</param>
public sealed record CatalogError(
    CatalogErrorCode Code,
    string Field,
    string? Value = null,
    int? Min = null,
    int? Max = null,
    string? Other = null)
{
    private const string FieldPrefix = "CatalogField_";
    private static readonly ResourceManager _text = new("MppQueue.Core.Resources.CoreText", typeof(CatalogError).Assembly);

    // The service standard's fields and refusals live in a file of their own, read when CoreText has no such key.
    private static readonly ResourceManager _standardText = new("MppQueue.Core.Resources.StandardText", typeof(CatalogError).Assembly);

    /// <summary>The sentence for people, in the given culture (Indonesian unless English is asked for).</summary>
    public string Describe(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var template = Text("Catalog_" + Code, culture);
        return string.Format(culture, template, FieldLabel(Field, culture), Value ?? string.Empty, Min, Max, Other ?? string.Empty);
    }

    /// <summary>The name people read for a field key; a weekday suffix (<c>hours.Monday</c>) is read as the day's name.</summary>
    public static string FieldLabel(string field, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(culture);
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && Enum.TryParse<DayOfWeek>(field[(dot + 1)..], out var day))
        {
            return Text(FieldPrefix + field[..dot], culture) + " " + culture.DateTimeFormat.GetDayName(day);
        }

        return Text(FieldPrefix + field, culture);
    }

    private static string Text(string key, CultureInfo culture) => _text.GetString(key, culture) ?? _standardText.GetString(key, culture) ?? key;
}
