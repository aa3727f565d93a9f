using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Display.Boards;

/// <summary>What a zone's screen shows, read from one snapshot of today; a value (its lists compare item by item).</summary>
public sealed record ZoneBoard(Site Site, Zone? Zone, CallView? Latest, ValueList<CallView> Previous, ValueList<WaitingView> Waiting)
{
    public static ZoneBoard Read(TodaySnapshot today, string zoneId, int previousCount)
    {
        ArgumentNullException.ThrowIfNull(today);
        var catalog = today.Catalog;
        if (!catalog.Zones.TryGetValue(zoneId, out var zone))
        {
            return new ZoneBoard(catalog.Site, null, null, [], []);
        }

        // Newest call first by sequence (the snapshot's order): two calls in the same clock tick still come out in the order they were made.
        var calls = today.RecentCallsIn(zone.Id, previousCount + 1)
            .Select(t => Calls.View(t, catalog))
            .ToList();
        var waiting = catalog.Services.Values
            .Where(s => s.ZoneId == zone.Id && s.Active)
            .OrderBy(s => catalog.Agencies.TryGetValue(s.AgencyId, out var a) ? a.SortOrder : int.MaxValue)
            .ThenBy(s => s.SortOrder)
            .Select(s => new WaitingView(s.Id, s.Prefix, WaitingView.ShortName(Labels.Service(s)), today.Line(s.Id).Waiting.Length))
            .ToValueList();
        return new ZoneBoard(catalog.Site, zone, calls.FirstOrDefault(), [.. calls.Skip(1)], waiting);
    }
}
