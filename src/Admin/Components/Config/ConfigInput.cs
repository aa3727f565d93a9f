using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Components.Config;

/// <summary>Reads what a form's text inputs hold (times "HH:mm", dates "yyyy-MM-dd"), refusing with the field's name.</summary>
public static class ConfigInput
{
    public static TimeOnly Time(string field, string? text) =>
        OptionalTime(field, text) ?? throw new CatalogException(new CatalogError(CatalogErrorCode.Required, field));

    public static TimeOnly? OptionalTime(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new CatalogException(new CatalogError(CatalogErrorCode.Required, field));
    }

    public static DateOnly Date(string field, string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? CatalogRules.Date(field, date)
            : throw new CatalogException(new CatalogError(CatalogErrorCode.Required, field));

    public static string Clock(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as people read it in the current language ("Jumat, 25 Desember 2026").</summary>
    public static string LongDay(DateOnly date) => date.ToString("dddd, d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>Monday first, as Indonesian calendars show the week.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string DayName(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);
}
