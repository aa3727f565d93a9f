namespace MppQueue.Core;

/// <summary>
/// Where the daily rollups of finished days are kept (docs/adr/0011-report-rollups.md). A day's rollup is built
/// once from its tickets and then read instead of them; writes are atomic and committed when the method returns.
/// </summary>
public interface IReportStore
{
    /// <summary>The stored rollups of the days between two local days, both included, oldest first; a day not built yet is absent.</summary>
    IReadOnlyList<RollupDay> LoadRollups(DateOnly firstDay, DateOnly lastDay);

    /// <summary>Stores the rollups of some days in one transaction, each replacing what was stored for its day.</summary>
    void SaveRollups(IReadOnlyCollection<RollupDay> days);

    /// <summary>Removes the rollups of the days between two local days (both included), so the next report rebuilds them; returns how many days were removed.</summary>
    int DiscardRollups(DateOnly firstDay, DateOnly lastDay);
}
