using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Display.Boards;

/// <summary>What a zone's screen shows, read from the engine at one moment.</summary>
public sealed record ZoneBoard(Site Site, Zone? Zone, CallView? Latest, IReadOnlyList<CallView> Previous, IReadOnlyList<WaitingView> Waiting)
{
    public static ZoneBoard Read(QueueEngine engine, string zoneId, int previousCount)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var catalog = engine.Catalog;
        if (!catalog.Zones.TryGetValue(zoneId, out var zone))
        {
            return new ZoneBoard(catalog.Site, null, null, [], []);
        }

        // Newest call first by sequence: two calls in the same clock tick still come out in the order they were made.
        var calls = engine.RecentCalls(zone.Id, previousCount + 1)
            .Select(t => Calls.View(t, catalog))
            .OrderByDescending(c => c.Sequence)
            .ToList();
        var waiting = catalog.Services.Values
            .Where(s => s.ZoneId == zone.Id && s.Active)
            .OrderBy(s => catalog.Agencies.TryGetValue(s.AgencyId, out var a) ? a.SortOrder : int.MaxValue)
            .ThenBy(s => s.SortOrder)
            .Select(s => new WaitingView(s.Id, s.Prefix, WaitingView.ShortName(Labels.Service(s)), engine.WaitingForService(s.Id).Count))
            .ToList();
        return new ZoneBoard(catalog.Site, zone, calls.FirstOrDefault(), [.. calls.Skip(1)], waiting);
    }
}
