namespace MppQueue.Core;

/// <summary>
/// Staff figures added up over days and desks (an officer, a desk, an agency or everyone), with the rates managers
/// read: served per hour on duty, no-show and transfer rates, the share served within the standard time.
/// </summary>
public sealed record StaffTotals
{
    public long DutyTicks { get; init; }

    public long PausedBreakTicks { get; init; }

    public long PausedPrayerTicks { get; init; }

    public long PausedMeetingTicks { get; init; }

    public long PausedOtherTicks { get; init; }

    public long IdleWhileWaitingTicks { get; init; }

    public long BusyTicks { get; init; }

    public long Calls { get; init; }

    public long Started { get; init; }

    public long CallToStartTicks { get; init; }

    public long Served { get; init; }

    public long ServiceTicks { get; init; }

    public long WithinStandard { get; init; }

    public long StandardTicks { get; init; }

    public long NoShows { get; init; }

    public long NoShowTicks { get; init; }

    public long Transfers { get; init; }

    /// <summary>Working days of the officer's agency in the period (for an agency or everyone: officer-days).</summary>
    public int WorkingDays { get; init; }

    public int DaysPresent { get; init; }

    public int DaysAbsent { get; init; }

    public int LateStarts { get; init; }

    public int EarlyEnds { get; init; }

    public int SignOutsMissing { get; init; }

    public static StaffTotals Empty { get; } = new();

    public TimeSpan Duty => TimeSpan.FromTicks(DutyTicks);

    public TimeSpan Paused => TimeSpan.FromTicks(PausedBreakTicks + PausedPrayerTicks + PausedMeetingTicks + PausedOtherTicks);

    public TimeSpan IdleWhileWaiting => TimeSpan.FromTicks(IdleWhileWaitingTicks);

    public TimeSpan Busy => TimeSpan.FromTicks(BusyTicks);

    public TimeSpan PausedFor(PauseReason reason) => TimeSpan.FromTicks(reason switch
    {
        PauseReason.Break => PausedBreakTicks,
        PauseReason.Prayer => PausedPrayerTicks,
        PauseReason.Meeting => PausedMeetingTicks,
        _ => PausedOtherTicks,
    });

    /// <summary>Mean time from a call to the start of service; null when no service was started after a call.</summary>
    public TimeSpan? CallToStart => Started == 0 ? null : TimeSpan.FromTicks(CallToStartTicks / Started);

    public TimeSpan? MeanService => Served == 0 ? null : TimeSpan.FromTicks(ServiceTicks / Served);

    /// <summary>The mean standard service time of what was served, to set <see cref="MeanService"/> against.</summary>
    public TimeSpan? MeanStandard => Served == 0 ? null : TimeSpan.FromTicks(StandardTicks / Served);

    public double? WithinStandardShare => Served == 0 ? null : (double)WithinStandard / Served;

    /// <summary>Served per hour on duty; null under a quarter of an hour on duty, where a rate says nothing yet.</summary>
    public double? ServedPerDutyHour => DutyTicks < TimeSpan.TicksPerMinute * 15 ? null : Served / Duty.TotalHours;

    /// <summary>No-shows among the visitors the desk finished with (served, no-show or transferred).</summary>
    public double? NoShowRate => Handled == 0 ? null : (double)NoShows / Handled;

    public double? TransferRate => Handled == 0 ? null : (double)Transfers / Handled;

    public long Handled => Served + NoShows + Transfers;

    public StaffTotals Add(StaffRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return this with
        {
            DutyTicks = DutyTicks + row.DutyTicks,
            PausedBreakTicks = PausedBreakTicks + row.PausedBreakTicks,
            PausedPrayerTicks = PausedPrayerTicks + row.PausedPrayerTicks,
            PausedMeetingTicks = PausedMeetingTicks + row.PausedMeetingTicks,
            PausedOtherTicks = PausedOtherTicks + row.PausedOtherTicks,
            IdleWhileWaitingTicks = IdleWhileWaitingTicks + row.IdleWhileWaitingTicks,
            BusyTicks = BusyTicks + row.BusyTicks,
            Calls = Calls + row.Calls,
            Started = Started + row.Started,
            CallToStartTicks = CallToStartTicks + row.CallToStartTicks,
            Served = Served + row.Served,
            ServiceTicks = ServiceTicks + row.ServiceTicks,
            WithinStandard = WithinStandard + row.WithinStandard,
            StandardTicks = StandardTicks + row.StandardTicks,
            NoShows = NoShows + row.NoShows,
            NoShowTicks = NoShowTicks + row.NoShowTicks,
            Transfers = Transfers + row.Transfers,
        };
    }

    /// <summary>Adds a day's attendance, judged with a grace time for late starts and early ends.</summary>
    public StaffTotals Add(StaffPresence presence, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(presence);
        return this with
        {
            WorkingDays = WorkingDays + (presence.WorkingDay ? 1 : 0),
            DaysPresent = DaysPresent + (presence.FirstIn is null ? 0 : 1),
            DaysAbsent = DaysAbsent + (presence.Absent ? 1 : 0),
            LateStarts = LateStarts + (presence.LateStart(grace) ? 1 : 0),
            EarlyEnds = EarlyEnds + (presence.EarlyEnd(grace) ? 1 : 0),
            SignOutsMissing = SignOutsMissing + (presence.SignOutMissing ? 1 : 0),
        };
    }
}
