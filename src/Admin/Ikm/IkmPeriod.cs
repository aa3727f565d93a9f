using System.Globalization;

namespace MppQueue.Admin.Ikm;

/// <summary>
/// The local service days an index is asked for, first and last included. It may be reversed or too long as
/// typed; <see cref="Problem"/> says so in people's words before anything is computed.
/// </summary>
public readonly record struct IkmPeriod(DateOnly From, DateOnly To)
{
    /// <summary>
    /// The longest period one request may read: a whole year, a leap year included. Every response of the period
    /// is loaded into memory, so a request for decades would make one click cost the whole store.
    /// </summary>
    public const int MaxDays = 366;

    /// <summary>How dates travel in the export's address (<c>?from=2026-11-01&amp;to=2026-11-30</c>).</summary>
    public const string DateFormat = "yyyy-MM-dd";

    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool IsValid => To >= From && Days <= MaxDays;

    public static IkmPeriod Of(IkmPeriodChoice choice, DateOnly today, DateOnly? customFrom = null, DateOnly? customTo = null)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        return choice switch
        {
            IkmPeriodChoice.ThisMonth => new(month, month.AddMonths(1).AddDays(-1)),
            IkmPeriodChoice.LastMonth => new(month.AddMonths(-1), month.AddDays(-1)),
            IkmPeriodChoice.ThisYear => new(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
            IkmPeriodChoice.Custom => new(customFrom ?? month, customTo ?? today),
            _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "Not a period choice."),
        };
    }

    /// <summary>What is wrong with the period, in the given language; null when it can be computed.</summary>
    public string? Problem(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (To < From)
        {
            return string.Format(culture, Text(nameof(ReportText.IkmPeriodReversed), culture), LongDate(From, culture), LongDate(To, culture));
        }

        return Days > MaxDays
            ? string.Format(culture, Text(nameof(ReportText.IkmPeriodTooLong), culture), Days, MaxDays)
            : null;
    }

    /// <summary>
    /// Reads the export's <c>from</c> and <c>to</c>. On failure <paramref name="error"/> says, in the given language,
    /// which date is missing or unreadable, or why the period cannot be used.
    /// </summary>
    public static bool TryParse(string? from, string? to, CultureInfo culture, out IkmPeriod period, out string? error)
    {
        ArgumentNullException.ThrowIfNull(culture);
        period = default;
        error = DateProblem(from, nameof(ReportText.IkmQueryFrom), culture, out var first);
        var last = default(DateOnly);
        error ??= DateProblem(to, nameof(ReportText.IkmQueryTo), culture, out last);
        if (error is not null)
        {
            return false;
        }

        period = new IkmPeriod(first, last);
        error = period.Problem(culture);
        return error is null;
    }

    /// <summary>"1 November 2026 – 30 November 2026", as the page and the file name it.</summary>
    public string Describe(CultureInfo culture) => LongDate(From, culture) + " – " + LongDate(To, culture);

    public string Query => "from=" + Iso(From) + "&to=" + Iso(To);

    public static string Iso(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string LongDate(DateOnly day, CultureInfo culture) => day.ToString("d MMMM yyyy", culture);

    private static string? DateProblem(string? value, string nameKey, CultureInfo culture, out DateOnly day)
    {
        day = default;
        var name = Text(nameKey, culture);
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Format(culture, Text(nameof(ReportText.IkmQueryMissing), culture), name);
        }

        // Exactly yyyy-MM-dd: a day typed as 11/01/2026 is ambiguous between the two languages, so it is refused.
        return DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
            ? null
            : string.Format(culture, Text(nameof(ReportText.IkmQueryMalformed), culture), name);
    }

    private static string Text(string key, CultureInfo culture) => ReportText.ResourceManager.GetString(key, culture) ?? key;
}
