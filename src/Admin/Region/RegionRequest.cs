using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Region;

/// <summary>
/// The comparison's period as the page and the download name it in the query (<c>period=ThisMonth</c>, or
/// <c>period=Custom&amp;from=2026-11-01&amp;to=2026-11-30</c>); a refusal is a sentence in the request's language.
/// </summary>
public sealed record RegionRequest(ReportPeriodKind Kind, ReportPeriod? Custom)
{
    public static RegionRequest Default { get; } = new(ReportPeriodKind.Today, null);

    /// <summary>The query of this request, for the download links.</summary>
    public string Query => Kind == ReportPeriodKind.Custom && Custom is { } period
        ? $"period=Custom&from={Day(period.From)}&to={Day(period.To)}"
        : "period=" + Kind;

    /// <summary>Reads a request; null and the reason when it is refused.</summary>
    public static RegionRequest? Parse(string? period, string? from, string? to, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(period))
        {
            return Default;
        }

        if (!Enum.TryParse<ReportPeriodKind>(period, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(period, out _))
        {
            error = RegionText.ErrorPeriodKind;
            return null;
        }

        if (kind != ReportPeriodKind.Custom)
        {
            return new RegionRequest(kind, null);
        }

        if (!TryDay(from, out var first) || !TryDay(to, out var last))
        {
            error = RegionText.ErrorDate;
            return null;
        }

        var custom = new ReportPeriod(first, last);
        error = Refusal(custom);
        return error is null ? new RegionRequest(kind, custom) : null;
    }

    /// <summary>Why a custom period is refused, in words; null when it is fine.</summary>
    public static string? Refusal(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        try
        {
            ReportService.Validate(period);
            return null;
        }
        catch (ReportException refused) when (refused.Code == ReportErrorCode.PeriodReversed)
        {
            return RegionText.ErrorPeriodReversed;
        }
        catch (ReportException)
        {
            return Ui.Text.Labels.Format(RegionText.ErrorPeriodTooLong, ReportPeriod.MaxDays);
        }
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
