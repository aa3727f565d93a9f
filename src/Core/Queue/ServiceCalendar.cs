namespace MppQueue.Core;

/// <summary>The limits of a day: hours, closed days, the Friday break, the cut-off and the quota.</summary>
public static class ServiceCalendar
{
    private const int SearchDays = 400;

    public static ServiceAvailability Check(Site site, Service service, DateTimeOffset now, QuotaUse used, QuotaChannel channel)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(used);
        var zone = site.TimeZone;
        var local = SiteClock.ToLocal(now, zone);
        var today = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var hours = IsClosedDay(site, service, today) ? null : service.Hours.For(today.DayOfWeek);
        var left = used.Left(service.Quota, channel);

        ServiceAvailability Result(AvailabilityState state, DateTimeOffset? next) =>
            new(service.Id, state, next, left, service.Quota.Total, hours);

        if (!service.Active)
        {
            return Result(AvailabilityState.Inactive, null);
        }

        if (hours is null)
        {
            return Result(AvailabilityState.ClosedDay, NextOpening(site, service, today.AddDays(1)));
        }

        if (time < hours.Start)
        {
            return Result(AvailabilityState.NotYetOpen, SiteClock.ToInstant(today, hours.Start, zone));
        }

        var closesForTickets = service.CutOff is { } cut && cut < hours.End ? cut : hours.End;
        if (time >= closesForTickets)
        {
            var state = time >= hours.End ? AvailabilityState.ClosedForToday : AvailabilityState.PastCutOff;
            return Result(state, NextOpening(site, service, today.AddDays(1)));
        }

        if (today.DayOfWeek == DayOfWeek.Friday && service.FridayBreak is { } prayer && prayer.Contains(time))
        {
            var reopens = prayer.End < closesForTickets
                ? SiteClock.ToInstant(today, prayer.End, zone)
                : NextOpening(site, service, today.AddDays(1));
            return Result(AvailabilityState.FridayBreak, reopens);
        }

        if (left <= 0)
        {
            return Result(AvailabilityState.QuotaFull, NextOpening(site, service, today.AddDays(1)));
        }

        return Result(AvailabilityState.Open, null);
    }

    public static bool IsClosedDay(Site site, Service service, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(service);
        return site.Holidays.Contains(date) || service.ClosedDates.Contains(date) || service.Hours.For(date.DayOfWeek) is null;
    }

    /// <summary>The first opening at or after the start of <paramref name="from"/>, or null when none within a year.</summary>
    public static DateTimeOffset? NextOpening(Site site, Service service, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(service);
        for (var i = 0; i < SearchDays; i++)
        {
            var date = from.AddDays(i);
            if (!IsClosedDay(site, service, date))
            {
                return SiteClock.ToInstant(date, service.Hours.For(date.DayOfWeek)!.Start, site.TimeZone);
            }
        }

        return null;
    }
}
