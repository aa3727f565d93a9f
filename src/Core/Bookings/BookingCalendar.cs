namespace MppQueue.Core;

/// <summary>
/// The booking rules that need no bookings: which days may be booked now (the horizon, the day-before limit, closed
/// days and holidays), which sessions a day offers (inside its hours, clear of the Friday break), and the check-in window.
/// </summary>
public static class BookingCalendar
{
    /// <summary>Why a day cannot be booked now, or null when it can.</summary>
    public static QueueErrorCode? RefusalFor(Site site, Service service, DateOnly date, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(service);
        var rules = service.Booking;
        if (!service.Active || !rules.Open || rules.Capacity == 0)
        {
            return QueueErrorCode.BookingClosed;
        }

        var local = SiteClock.ToLocal(now, site.TimeZone);
        var today = DateOnly.FromDateTime(local);
        if (date <= today || (date == today.AddDays(1) && TimeOnly.FromDateTime(local) >= rules.DayBeforeUntil))
        {
            return QueueErrorCode.BookingDeadlinePassed;
        }

        if (date > today.AddDays(rules.DaysAhead))
        {
            return QueueErrorCode.BookingTooFarAhead;
        }

        return ServiceCalendar.IsClosedDay(site, service, date) ? QueueErrorCode.ServiceClosedDay : null;
    }

    /// <summary>The days from tomorrow to the horizon that can be booked now.</summary>
    public static IReadOnlyList<DateOnly> BookableDays(Site site, Service service, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(service);
        var today = DateOnly.FromDateTime(SiteClock.ToLocal(now, site.TimeZone));
        var days = new List<DateOnly>();
        for (var i = 1; i <= Math.Min(service.Booking.DaysAhead, BookingRules.MaxDaysAhead); i++)
        {
            var day = today.AddDays(i);
            if (RefusalFor(site, service, day, now) is null && SessionsOn(service, day).Count > 0)
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>The sessions a day offers: inside that day's hours, and on a Friday clear of the prayer break.</summary>
    public static IReadOnlyList<BookingSession> SessionsOn(Service service, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(service);
        var hours = service.Hours.For(date.DayOfWeek);
        if (hours is null || service.Booking.Sessions.IsDefaultOrEmpty)
        {
            return [];
        }

        var prayer = date.DayOfWeek == DayOfWeek.Friday ? service.FridayBreak : null;
        return service.Booking.Sessions
            .Where(s => s.Window.Start >= hours.Start && s.Window.End <= hours.End)
            .Where(s => prayer is null || s.Window.End <= prayer.Start || s.Window.Start >= prayer.End)
            .OrderBy(s => s.Window.Start)
            .ToList();
    }

    /// <summary>When check-in opens and closes for a booking (site instants).</summary>
    public static (DateTimeOffset Opens, DateTimeOffset Closes) CheckInWindow(Site site, Service service, DateOnly date, TimeRange session)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(session);
        var start = SiteClock.ToInstant(date, session.Start, site.TimeZone);
        return (start.AddMinutes(-service.Booking.CheckInMinutesBefore), start.AddMinutes(service.Booking.CheckInMinutesAfter));
    }
}
