using System.Globalization;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Localization;
using MppQueue.Ui.Text;

namespace MppQueue.Kiosk.Catalogue;

/// <summary>How the catalogue writes a service standard and its hours, in the current language.</summary>
public static class CatalogueLabels
{
    private static readonly DayOfWeek[] _week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static IReadOnlyList<string> Requirements(ServiceStandard standard)
    {
        ArgumentNullException.ThrowIfNull(standard);
        return [.. standard.Requirements.Select(l => l.In(UiCultures.IsEnglish))];
    }

    public static IReadOnlyList<string> Procedure(ServiceStandard standard)
    {
        ArgumentNullException.ThrowIfNull(standard);
        return [.. standard.Procedure.Select(l => l.In(UiCultures.IsEnglish))];
    }

    public static string TimeToComplete(ServiceStandard standard) => Pick(standard?.TimeToCompleteId, standard?.TimeToCompleteEn);

    public static string Cost(ServiceStandard standard) => Pick(standard?.CostId, standard?.CostEn);

    public static string Product(ServiceStandard standard) => Pick(standard?.ProductId, standard?.ProductEn);

    public static string ComplaintDesk(ServiceStandard standard) => Pick(standard?.ComplaintDeskId, standard?.ComplaintDeskEn);

    /// <summary>A tel: address for a number as people write it ("(0761) 555-0101" gives "tel:0761555-0101" without spaces or brackets).</summary>
    public static string PhoneLink(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return "tel:" + new string([.. phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
    }

    /// <summary>
    /// The week's hours with days of equal hours joined: "Senin–Kamis 07.30–16.00; Jumat 07.30–11.30"; days
    /// without hours are left out.
    /// </summary>
    public static IReadOnlyList<string> Week(WeeklySchedule hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var lines = new List<string>();
        var i = 0;
        while (i < _week.Length)
        {
            var range = hours.For(_week[i]);
            if (range is null)
            {
                i++;
                continue;
            }

            var j = i;
            while (j + 1 < _week.Length && hours.For(_week[j + 1]) == range)
            {
                j++;
            }

            var days = i == j ? Day(_week[i]) : Day(_week[i]) + "–" + Day(_week[j]);
            lines.Add(days + " " + Range(range));
            i = j + 1;
        }

        return lines;
    }

    /// <summary>"07.30–16.00" in Indonesian, "07:30–16:00" in English, as the rest of the screens write times.</summary>
    public static string Range(TimeRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return Clock(range.Start) + "–" + Clock(range.End);
    }

    public static string Clock(TimeOnly time) => time.ToString(UiText.FormatTime, CultureInfo.CurrentCulture);

    private static string Day(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);

    private static string Pick(string? indonesian, string? english) =>
        UiCultures.IsEnglish && !string.IsNullOrWhiteSpace(english) ? english : indonesian ?? string.Empty;
}
