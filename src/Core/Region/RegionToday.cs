using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>The given sites now, by name, and their totals (waits the longest of them, shares pooled over the tickets).</summary>
public sealed record RegionToday(DateTimeOffset TakenAt, ImmutableArray<RegionSiteToday> Sites)
{
    private IEnumerable<RegionSiteToday> Ready => Sites.Where(s => s.State == RegionSiteState.Ready);

    public CommandFigures Totals => CommandFigures.Sum(Ready.Select(s => s.Figures));

    public int AtDesks => Ready.Sum(s => s.AtDesks);

    public int Alerts => Ready.Sum(s => s.Alerts);

    public int SitesOpen => Ready.Count(s => s.IsOpen);

    public double? WithinStandardShare
    {
        get
        {
            var called = Ready.Sum(s => s.Called);
            return called > 0 ? (double)Ready.Sum(s => s.WithinStandard) / called : null;
        }
    }
}
