namespace MppQueue.Api.Messages;

/// <summary>
/// A service (layanan) with what a visitor needs to know: names, requirements, weekly hours, the Friday break, the
/// cut-off, closed dates from today on, the standard times, the availability now (quota left today included) and
/// where to complain (its agency's SP4N-LAPOR! channel, null when none).
/// </summary>
public sealed record ServiceMessage(
    string Id,
    string AgencyId,
    string Prefix,
    string NameId,
    string NameEn,
    string DescriptionId,
    string DescriptionEn,
    string RequirementsId,
    string RequirementsEn,
    IReadOnlyList<HoursMessage> Hours,
    string? FridayBreakStarts,
    string? FridayBreakEnds,
    string? CutOff,
    IReadOnlyList<DateOnly> ClosedDates,
    int QuotaTotal,
    int StandardWaitMinutes,
    int StandardServiceMinutes,
    bool TakesBookings,
    AvailabilityMessage Availability,
    string? ComplaintUrl);
