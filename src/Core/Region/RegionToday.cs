using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>The given sites now, by name, and their totals (waits the longest of them, shares pooled over the tickets).</summary>
public sealed record RegionToday(DateTimeOffset TakenAt, ImmutableArray<RegionSiteToday> Sites)
{
    private IEnumerable<RegionSiteToday> Ready => Sites.Where(s => s.State == RegionSiteState.Ready);

    public CommandFigures Totals => CommandFigures.Sum(Ready.Select(s => s.Figures));

    public int AtDesks => Ready.Sum(s => s.AtDesks);

    public int Alerts => Ready.Sum(s => s.Alerts);

    /// <summary>Readable sites with a service issuing tickets now.</summary>
    public int SitesOpen => Ready.Count(s => s.IsOpen);

    /// <summary>The sites that could be read (those the totals and the open count are over).</summary>
    public int SitesRead => Ready.Count();

    /// <summary>The sites that could not be read now (not set up or unreachable), left out of the totals.</summary>
    public int SitesUnread => Sites.Length - SitesRead;

    public double? WithinStandardShare
    {
        get
        {
            var called = Ready.Sum(s => s.Called);
            return called > 0 ? (double)Ready.Sum(s => s.WithinStandard) / called : null;
        }
    }
}
