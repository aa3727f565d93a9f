using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="StaffRow"/>, inside its day's <see cref="StaffDayDocument"/>.</summary>
internal sealed class StaffRowDocument
{
    public string? OfficerId { get; set; }

    public string DeskId { get; set; } = string.Empty;

    public string AgencyId { get; set; } = string.Empty;

    public long Duty { get; set; }

    public long Break { get; set; }

    public long Prayer { get; set; }

    public long Meeting { get; set; }

    public long Other { get; set; }

    public long IdleWhileWaiting { get; set; }

    public long Busy { get; set; }

    public int Calls { get; set; }

    public int Started { get; set; }

    public long CallToStart { get; set; }

    public int Served { get; set; }

    public long Service { get; set; }

    public int WithinStandard { get; set; }

    public long Standard { get; set; }

    public int NoShows { get; set; }

    public long NoShowWait { get; set; }

    public int Transfers { get; set; }

    public static StaffRowDocument From(StaffRow row) => new()
    {
        OfficerId = row.OfficerId,
        DeskId = row.DeskId,
        AgencyId = row.AgencyId,
        Duty = row.DutyTicks,
        Break = row.PausedBreakTicks,
        Prayer = row.PausedPrayerTicks,
        Meeting = row.PausedMeetingTicks,
        Other = row.PausedOtherTicks,
        IdleWhileWaiting = row.IdleWhileWaitingTicks,
        Busy = row.BusyTicks,
        Calls = row.Calls,
        Started = row.Started,
        CallToStart = row.CallToStartTicks,
        Served = row.Served,
        Service = row.ServiceTicks,
        WithinStandard = row.WithinStandard,
        Standard = row.StandardTicks,
        NoShows = row.NoShows,
        NoShowWait = row.NoShowTicks,
        Transfers = row.Transfers,
    };

    public StaffRow ToRow(DateOnly day) => new()
    {
        Day = day,
        OfficerId = OfficerId,
        DeskId = DeskId,
        AgencyId = AgencyId,
        DutyTicks = Duty,
        PausedBreakTicks = Break,
        PausedPrayerTicks = Prayer,
        PausedMeetingTicks = Meeting,
        PausedOtherTicks = Other,
        IdleWhileWaitingTicks = IdleWhileWaiting,
        BusyTicks = Busy,
        Calls = Calls,
        Started = Started,
        CallToStartTicks = CallToStart,
        Served = Served,
        ServiceTicks = Service,
        WithinStandard = WithinStandard,
        StandardTicks = Standard,
        NoShows = NoShows,
        NoShowTicks = NoShowWait,
        Transfers = Transfers,
    };
}
