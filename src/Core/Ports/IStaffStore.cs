namespace MppQueue.Core;

/// <summary>The stored staff figures of finished days (docs/adr/0020-staff-figures.md), one entry per day.</summary>
public interface IStaffStore
{
    /// <summary>The days built between the two days (both included), oldest first; days not built are absent.</summary>
    IReadOnlyList<StaffDay> LoadStaffDays(DateOnly firstDay, DateOnly lastDay);

    /// <summary>Stores built days, replacing what was stored for them, in one transaction.</summary>
    void SaveStaffDays(IReadOnlyCollection<StaffDay> days);
}
