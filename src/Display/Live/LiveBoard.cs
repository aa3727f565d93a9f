using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Display.Live;

/// <summary>
/// The whole building as <c>/live</c> shows it, read from one snapshot of today at one instant: every active agency
/// and service with the people waiting, the numbers at the desks, the estimated wait for someone who takes a ticket
/// now, the quota left and whether tickets are given; and each zone's latest calls. Names are in the current
/// language; everything else is the snapshot's. The feed reads it once per burst of moves, never per viewer.
/// </summary>
public sealed record LiveBoard(Site Site, long Sequence, DateTimeOffset Now, ValueList<LiveAgency> Agencies, ValueList<LiveZone> Zones)
{
    public static LiveBoard Read(TodaySnapshot today, DateTimeOffset now, int callsPerZone)
    {
        ArgumentNullException.ThrowIfNull(today);
        var catalog = today.Catalog;

        // Desk by desk, the number each one is calling or serving now (a held ticket is not at its desk).
        var atDesks = today.Desks.Values
            .Where(d => d.Desk.Active && d.Current is not null)
            .GroupBy(d => d.Current!.ServiceId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(d => d.Desk.Number).Select(d => new LiveServing(d.Desk.Number, d.Current!.Number.ToString(), d.Current.Status == TicketStatus.Serving)).ToValueList(),
                StringComparer.Ordinal);

        var agencies = catalog.Agencies.Values
            .Where(a => a.Active)
            .OrderBy(a => a.SortOrder)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new LiveAgency(
                a.Id,
                Labels.AgencyName(a),
                catalog.ServicesOf(a.Id)
                    .Where(s => s.Active)
                    .OrderBy(s => s.SortOrder)
                    .ThenBy(s => s.Id, StringComparer.Ordinal)
                    .Select(s => Service(today, s, now, atDesks.GetValueOrDefault(s.Id) ?? []))
                    .ToValueList()))
            .Where(a => a.Services.Count > 0)
            .ToValueList();

        var zones = catalog.Zones.Values
            .OrderBy(z => z.SortOrder)
            .ThenBy(z => z.Id, StringComparer.Ordinal)
            .Select(z => new LiveZone(
                z.Id,
                z.Name,
                today.RecentCallsIn(z.Id, callsPerZone)
                    .Select(t => new LiveCall(t.Number.ToString(), catalog.FindDesk(t.DeskId)?.Number ?? 0, TodayRules.CallSequence(t)))
                    .ToValueList()))
            .ToValueList();
        return new LiveBoard(catalog.Site, today.Sequence, now, agencies, zones);
    }

    /// <summary>Every service shown, in order.</summary>
    public IEnumerable<LiveService> Services => Agencies.SelectMany(a => a.Services);

    private static LiveService Service(TodaySnapshot today, Service service, DateTimeOffset now, ValueList<LiveServing> serving)
    {
        var line = today.Line(service.Id);
        var availability = today.Availability(service, now);
        return new LiveService(service.Id, service.Prefix, Labels.Service(service), line.Waiting.Length, serving, today.NewTicketWait(availability), line.DesksOpen, availability.State, availability.QuotaLeft);
    }
}
