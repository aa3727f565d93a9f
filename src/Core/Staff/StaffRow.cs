namespace MppQueue.Core;

/// <summary>
/// One officer's day at one desk, rolled up from the desk's sessions (audit entries) and the tickets' moves
/// (docs/adr/0020-staff-figures.md). Times are in ticks so that a year adds up exactly.
/// </summary>
public sealed record StaffRow
{
    public required DateOnly Day { get; init; }

    /// <summary>The officer; null for moves made at a desk nobody was signed in to (an API client's, say).</summary>
    public string? OfficerId { get; init; }

    public required string DeskId { get; init; }

    public required string AgencyId { get; init; }

    /// <summary>Time signed in at the desk.</summary>
    public long DutyTicks { get; init; }

    public long PausedBreakTicks { get; init; }

    public long PausedPrayerTicks { get; init; }

    public long PausedMeetingTicks { get; init; }

    public long PausedOtherTicks { get; init; }

    /// <summary>Signed in, not paused, no visitor at the desk, while a ticket of the desk's services was waiting (scheduled breaks left out).</summary>
    public long IdleWhileWaitingTicks { get; init; }

    /// <summary>Signed in, not paused, with a visitor called or being served at the desk.</summary>
    public long BusyTicks { get; init; }

    /// <summary>Calls made (a recall is not a new call).</summary>
    public int Calls { get; init; }

    /// <summary>Services started after a call, and the time from the call to the start (the walk to the desk).</summary>
    public int Started { get; init; }

    public long CallToStartTicks { get; init; }

    public int Served { get; init; }

    public long ServiceTicks { get; init; }

    /// <summary>Served within the service's standard service time.</summary>
    public int WithinStandard { get; init; }

    /// <summary>The standard service time of the tickets served, summed, to compare the service time with.</summary>
    public long StandardTicks { get; init; }

    public int NoShows { get; init; }

    /// <summary>Time from the call to the no-show: what waiting for visitors who did not come cost the desk.</summary>
    public long NoShowTicks { get; init; }

    public int Transfers { get; init; }

    public long PausedTicks => PausedBreakTicks + PausedPrayerTicks + PausedMeetingTicks + PausedOtherTicks;

    public long PausedTicksFor(PauseReason reason) => reason switch
    {
        PauseReason.Break => PausedBreakTicks,
        PauseReason.Prayer => PausedPrayerTicks,
        PauseReason.Meeting => PausedMeetingTicks,
        _ => PausedOtherTicks,
    };
}
