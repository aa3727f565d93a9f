using System.Collections.Immutable;

namespace MppQueue.Core;

/// <summary>An immutable snapshot of how the building is set up: site, zones, agencies, services, desks.</summary>
public sealed record SiteCatalog
{
    public required Site Site { get; init; }

    public ImmutableDictionary<string, Zone> Zones { get; init; } = ImmutableDictionary<string, Zone>.Empty;

    public ImmutableDictionary<string, Agency> Agencies { get; init; } = ImmutableDictionary<string, Agency>.Empty;

    public ImmutableDictionary<string, Service> Services { get; init; } = ImmutableDictionary<string, Service>.Empty;

    public ImmutableDictionary<string, Desk> Desks { get; init; } = ImmutableDictionary<string, Desk>.Empty;

    public static SiteCatalog Create(Site site, IEnumerable<Zone> zones, IEnumerable<Agency> agencies, IEnumerable<Service> services, IEnumerable<Desk> desks) => new()
    {
        Site = site,
        Zones = zones.ToImmutableDictionary(z => z.Id, StringComparer.Ordinal),
        Agencies = agencies.ToImmutableDictionary(a => a.Id, StringComparer.Ordinal),
        Services = services.ToImmutableDictionary(s => s.Id, StringComparer.Ordinal),
        Desks = desks.ToImmutableDictionary(d => d.Id, StringComparer.Ordinal),
    };

    public Service? FindService(string? id) => id is not null && Services.TryGetValue(id, out var s) ? s : null;

    public Desk? FindDesk(string? id) => id is not null && Desks.TryGetValue(id, out var d) ? d : null;

    public IEnumerable<Service> ServicesOf(string agencyId) =>
        Services.Values.Where(s => s.AgencyId == agencyId).OrderBy(s => s.SortOrder).ThenBy(s => s.NameId, StringComparer.Ordinal);

    public IEnumerable<Desk> DesksIn(string zoneId) =>
        Desks.Values.Where(d => d.ZoneId == zoneId).OrderBy(d => d.Number);
}
