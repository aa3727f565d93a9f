using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// Who comes on one day of the demo history, and when: walk-ins per service (a weekday's volume, Monday busiest and
/// Friday quietest, spread over the day with a burst at opening, a morning peak from about 08:30 to 10:30, a dip over
/// the midday break and a smaller peak after it, none in the Friday break), some of them priority visitors; and the
/// bookings of the day's sessions, most checked in around their session, some cancelled before the day, some never
/// come (they expire).
/// </summary>
internal static class DemoVisits
{
    private static readonly PriorityGroup[] _groups = [PriorityGroup.Elderly, PriorityGroup.Disabled, PriorityGroup.Pregnant, PriorityGroup.WithChild];
    private static readonly double[] _groupWeights = [0.45, 0.13, 0.17, 0.25];

    /// <summary>Walk-ins on an ordinary weekday (Wednesday), per demo service; other services get a share of their quota.</summary>
    private static readonly Dictionary<string, double> _walkIns = new(StringComparer.Ordinal)
    {
        ["ktp-el"] = 68,
        ["kartu-keluarga"] = 30,
        ["akta-kelahiran"] = 18,
        ["akta-kematian"] = 6,
        ["pindah-datang"] = 12,
        ["paspor"] = 10,
        ["pajak-kendaraan"] = 95,
        ["stnk-lima-tahunan"] = 16,
        ["balik-nama"] = 8,
        ["skck"] = 12,
        ["perpanjangan-sim"] = 40,
        ["rekening-tabungan"] = 7,
        ["pajak-daerah"] = 28,
        ["jkn-kepesertaan"] = 28,
        ["jkn-informasi"] = 12,
        ["klaim-jht"] = 18,
        ["peserta-bpu"] = 5,
        ["nib-oss"] = 13,
        ["pbg"] = 5,
        ["cek-sertifikat"] = 14,
        ["peralihan-hak"] = 6,
        ["npwp"] = 14,
        ["spt-tahunan"] = 9,
    };

    /// <summary>How full a session gets, per demo service that takes bookings.</summary>
    private static readonly Dictionary<string, (double Low, double High)> _fill = new(StringComparer.Ordinal)
    {
        ["ktp-el"] = (0.35, 0.75),
        ["skck"] = (0.25, 0.55),
        ["paspor"] = (0.45, 0.75),
    };

    // The hall's arrivals through the day (local time, relative weight), between which the weight runs straight.
    private static readonly (TimeOnly At, double Weight)[] _profile =
    [
        (new(7, 0), 0.5), (new(7, 30), 1.0), (new(8, 0), 1.5), (new(8, 30), 2.3), (new(9, 0), 2.7), (new(10, 0), 2.8),
        (new(10, 30), 2.5), (new(11, 0), 2.0), (new(11, 30), 1.6), (new(12, 0), 0.9), (new(12, 45), 0.8), (new(13, 15), 1.5),
        (new(13, 45), 1.6), (new(14, 15), 1.3), (new(14, 45), 0.8), (new(15, 15), 0.45), (new(16, 0), 0.2), (new(23, 59), 0.2),
    ];

    /// <summary>The walk-ins of the day, per service, in no particular order.</summary>
    public static List<DemoVisit> WalkIns(SiteCatalog catalog, DateOnly day, DemoRandom random)
    {
        var visits = new List<DemoVisit>();
        var zone = catalog.Site.TimeZone;
        foreach (var service in OpenServices(catalog, day))
        {
            var hours = service.Hours.For(day.DayOfWeek)!;
            var closes = service.CutOff is { } cut && cut < hours.End ? cut : hours.End;
            var breakTime = day.DayOfWeek == DayOfWeek.Friday ? service.FridayBreak : null;
            var mean = (_walkIns.TryGetValue(service.Id, out var usual) ? usual : service.Quota.Total * 0.3) * WeekdayFactor(day, hours);
            var count = (int)Math.Round(Math.Max(0, (mean * Math.Exp(0.06 * random.Normal())) + (Math.Sqrt(mean) * 0.4 * random.Normal())));
            var cumulative = Cumulative(Weights(hours.Start, closes, breakTime));
            for (var i = 0; i < count; i++)
            {
                var minute = PickMinute(cumulative, random.Unit());
                var at = SiteClock.ToInstant(day, hours.Start, zone).AddMinutes(minute + random.Unit());
                var priority = random.Chance(0.07) ? _groups[random.Pick(_groupWeights)] : PriorityGroup.None;
                visits.Add(new DemoVisit(at, service.Id, priority, null, Patience(random, 0.03)));
            }
        }

        return visits;
    }

    /// <summary>
    /// The bookings for the day's sessions of every service that takes them, with how each ended (checked in,
    /// cancelled, expired), and a visit for each one checked in.
    /// </summary>
    public static List<Booking> Bookings(SiteCatalog catalog, DateOnly day, DemoRandom random, ISet<string> codesTaken, List<DemoVisit> visits)
    {
        var bookings = new List<Booking>();
        var zone = catalog.Site.TimeZone;
        var agencyNumber = 0;
        foreach (var service in OpenServices(catalog, day).Where(s => s.Booking.Open))
        {
            var (low, high) = _fill.TryGetValue(service.Id, out var fill) ? fill : (0.3, 0.6);
            var hours = service.Hours.For(day.DayOfWeek)!;
            var closes = service.CutOff is { } cut && cut < hours.End ? cut : hours.End;
            foreach (var session in BookingCalendar.SessionsOn(service, day))
            {
                var booked = (int)Math.Round(session.Capacity * random.Between(low, high));
                for (var i = 0; i < booked; i++)
                {
                    var agencyCode = service.Booking.RequiresNik && service.Id == "paspor" && random.Chance(0.55);
                    var channel = agencyCode ? BookingChannel.Agency : random.Chance(0.12) ? BookingChannel.Officer : BookingChannel.Web;
                    var code = agencyCode ? AgencyCode(day, ref agencyNumber, codesTaken) : NewCode(random, codesTaken);
                    codesTaken.Add(code);
                    var madeAt = SiteClock.ToInstant(day.AddDays(-random.Between(1, 10)), new TimeOnly(random.Between(7, 15), random.Between(0, 59)), zone);
                    var booking = new Booking
                    {
                        Code = code,
                        ServiceId = service.Id,
                        Date = day,
                        Window = session.Window,
                        Token = Tokens.NewTicketToken(),
                        Channel = channel,
                        MadeBy = channel switch
                        {
                            BookingChannel.Agency => service.AgencyId,
                            BookingChannel.Officer => "petugas-" + service.AgencyId,
                            _ => null,
                        },
                        MadeAt = madeAt,
                        Phone = channel == BookingChannel.Agency ? null : "628" + random.Between(11, 13).ToString(CultureInfo.InvariantCulture) + random.Digits(8),
                        NikHash = service.Booking.RequiresNik && channel != BookingChannel.Agency ? random.Hex(64) : null,
                        NikLast4 = service.Booking.RequiresNik && channel != BookingChannel.Agency ? random.Digits(4) : null,
                    };

                    var outcome = random.Unit();
                    if (outcome < 0.07)
                    {
                        // Cancelled from the booking page before the day; the place went back at once.
                        booking = booking with { State = BookingState.Cancelled, CancelledAt = madeAt + ((SiteClock.ToInstant(day, TimeOnly.MinValue, zone) - madeAt) * random.Between(0.2, 0.9)) };
                    }
                    else if (outcome >= 0.18)
                    {
                        var (opens, closesCheckIn) = BookingCalendar.CheckInWindow(catalog.Site, service, day, session.Window);
                        var first = Max(opens, SiteClock.ToInstant(day, hours.Start, zone));
                        var last = Min(closesCheckIn, SiteClock.ToInstant(day, closes, zone)).AddMinutes(-1);
                        var start = SiteClock.ToInstant(day, session.Window.Start, zone);
                        var at = Clamp(start.AddMinutes(-6 + (12 * random.Normal())), first, last);
                        if (day.DayOfWeek == DayOfWeek.Friday && service.FridayBreak is { } prayer && prayer.Contains(TimeOnly.FromDateTime(SiteClock.ToLocal(at, zone))))
                        {
                            at = Clamp(SiteClock.ToInstant(day, prayer.End, zone).AddMinutes(random.Between(0.5, 12.0)), first, last);
                        }

                        var priority = random.Chance(0.05) ? _groups[random.Pick(_groupWeights)] : PriorityGroup.None;
                        visits.Add(new DemoVisit(at.AddSeconds(random.Unit()), service.Id, priority, booking, Patience(random, 0.01)));
                    }

                    // The rest (about one in nine) never come: the booking expires when its check-in window closes.
                    bookings.Add(booking);
                }
            }
        }

        return bookings;
    }

    /// <summary>Services open on the day, in a fixed order.</summary>
    public static IEnumerable<Service> OpenServices(SiteCatalog catalog, DateOnly day) =>
        catalog.Services.Values
            .Where(s => s.Active && !ServiceCalendar.IsClosedDay(catalog.Site, s, day))
            .OrderBy(s => s.Id, StringComparer.Ordinal);

    private static double WeekdayFactor(DateOnly day, TimeRange hours) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => 1.12,
        DayOfWeek.Tuesday => 1.06,
        DayOfWeek.Wednesday => 1.0,
        DayOfWeek.Thursday => 0.94,
        DayOfWeek.Friday => hours.End <= new TimeOnly(12, 0) ? 0.5 : 0.78,
        _ => 0.6,
    };

    /// <summary>The weight of each minute from the opening to the close for tickets, none in the Friday break.</summary>
    private static double[] Weights(TimeOnly open, TimeOnly closes, TimeRange? breakTime)
    {
        var count = (int)(closes - open).TotalMinutes;
        var weights = new double[Math.Max(1, count)];
        for (var m = 0; m < count; m++)
        {
            var time = open.AddMinutes(m);
            if (breakTime is { } prayer && prayer.Contains(time))
            {
                continue;
            }

            var weight = Profile(time);

            // People wait at the door before opening, and outside during the Friday break.
            if (m < 12)
            {
                weight += 4.0 * (1 - (m / 12.0));
            }

            if (breakTime is { } after && time >= after.End && (time - after.End).TotalMinutes < 10)
            {
                weight += 2.5 * (1 - ((time - after.End).TotalMinutes / 10.0));
            }

            weights[m] = weight;
        }

        return weights;
    }

    private static double[] Cumulative(double[] weights)
    {
        var sums = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            sums[i] = total;
        }

        return sums;
    }

    /// <summary>The minute whose share of the day's weight holds the point <paramref name="unit"/> (0 to 1).</summary>
    private static int PickMinute(double[] cumulative, double unit)
    {
        var index = Array.BinarySearch(cumulative, unit * cumulative[^1]);
        index = index < 0 ? ~index : index;

        // A minute without weight (the Friday break) is never picked: step on to the next minute that has some.
        while (index < cumulative.Length - 1 && (index == 0 ? cumulative[0] : cumulative[index] - cumulative[index - 1]) <= 0)
        {
            index++;
        }

        return Math.Min(index, cumulative.Length - 1);
    }

    private static double Profile(TimeOnly time)
    {
        for (var i = 1; i < _profile.Length; i++)
        {
            if (time < _profile[i].At)
            {
                var (from, fromWeight) = _profile[i - 1];
                var (to, toWeight) = _profile[i];
                if (time < from)
                {
                    return fromWeight;
                }

                var share = (time - from).TotalMinutes / (to - from).TotalMinutes;
                return fromWeight + ((toWeight - fromWeight) * share);
            }
        }

        return _profile[^1].Weight;
    }

    private static TimeSpan? Patience(DemoRandom random, double share) => random.Chance(share) ? random.Minutes(15, 80) : null;

    /// <summary>The immigration office's own code for the day's next passport booking, as its system numbers them.</summary>
    private static string AgencyCode(DateOnly day, ref int number, ISet<string> taken)
    {
        string code;
        do
        {
            code = string.Create(CultureInfo.InvariantCulture, $"PAS{day:yyyyMMdd}{++number:000}");
        }
        while (taken.Contains(code));
        return code;
    }

    private static string NewCode(DemoRandom random, ISet<string> taken)
    {
        string code;
        do
        {
            code = random.NewBookingCode();
        }
        while (taken.Contains(code));
        return code;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Clamp(DateTimeOffset value, DateTimeOffset min, DateTimeOffset max) => value < min ? min : value > max ? max : value;
}

/// <summary>A visitor of the demo history: when they take their number (or check in), for which service, whether they are a priority visitor, and how long they would wait before giving up.</summary>
internal sealed record DemoVisit(DateTimeOffset At, string ServiceId, PriorityGroup Priority, Booking? Booking, TimeSpan? Patience);
