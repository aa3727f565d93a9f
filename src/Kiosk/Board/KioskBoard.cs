using System.Globalization;
using System.Text;
using MppQueue.Core;

namespace MppQueue.Kiosk.Board;

/// <summary>
/// What the kiosk shows, read from one snapshot of today: agencies (most used today first), their services with
/// honest availability, a search over every service, and the facts of an issued ticket. A plain class, so that the
/// rules are tested without rendering.
/// </summary>
public sealed class KioskBoard
{
    private readonly QueueEngine _engine;
    private readonly TodaySnapshot _today;
    private readonly SiteCatalog _catalog;
    private readonly DateTimeOffset _now;

    /// <param name="engine">The engine, for tickets of earlier days and the clock.</param>
    /// <param name="today">The snapshot to read (a page passes the one it shows); the engine's current one by default.</param>
    public KioskBoard(QueueEngine engine, TodaySnapshot? today = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _today = today ?? engine.Snapshot;
        _catalog = _today.Catalog;
        _now = engine.Clock.GetUtcNow();
    }

    public Site Site => _catalog.Site;

    /// <summary>Active agencies with at least one active service: the most used today first, then the configured order.</summary>
    public IReadOnlyList<AgencyTile> Agencies()
    {
        var issued = _catalog.Services.Values
            .GroupBy(s => s.AgencyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => _today.Line(s.Id).Used.Total), StringComparer.Ordinal);
        return [.. _catalog.Agencies.Values
            .Where(a => a.Active)
            .Select(a =>
            {
                var services = ActiveServicesOf(a.Id).ToList();
                var open = services.Count(s => _today.Availability(s, _now).IsOpen);
                return new AgencyTile(a, services.Count, open, issued.GetValueOrDefault(a.Id));
            })
            .Where(t => t.Services > 0)
            .OrderByDescending(t => t.TicketsToday)
            .ThenBy(t => t.Agency.SortOrder)
            .ThenBy(t => t.Agency.Name, StringComparer.Ordinal)];
    }

    public Agency? FindAgency(string? agencyId) =>
        agencyId is not null && _catalog.Agencies.TryGetValue(agencyId, out var agency) && agency.Active ? agency : null;

    /// <summary>An active agency's active services in their configured order.</summary>
    public IReadOnlyList<ServiceTile> ServicesOf(string agencyId) =>
        FindAgency(agencyId) is { } agency ? [.. ActiveServicesOf(agency.Id).Select(s => Tile(s, agency))] : [];

    /// <summary>One active service of an active agency, or null.</summary>
    public ServiceTile? Service(string? serviceId) =>
        _catalog.FindService(serviceId) is { Active: true } service && FindAgency(service.AgencyId) is { } agency ? Tile(service, agency) : null;

    /// <summary>
    /// Services whose name, description, prefix or agency contain every word typed (accents, case and
    /// punctuation ignored); a match in the name ranks first.
    /// </summary>
    public IReadOnlyList<ServiceTile> Search(string? query, int max = 12)
    {
        var words = Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        return [.. _catalog.Services.Values
            .Where(s => s.Active && FindAgency(s.AgencyId) is not null)
            .Select(s => (Service: s, Rank: Rank(s, words)))
            .Where(m => m.Rank > 0)
            .OrderByDescending(m => m.Rank)
            .ThenBy(m => FindAgency(m.Service.AgencyId)!.SortOrder)
            .ThenBy(m => m.Service.SortOrder)
            .Take(max)
            .Select(m => Tile(m.Service, FindAgency(m.Service.AgencyId)!))];
    }

    /// <summary>The facts a slip shows for a ticket; null for an unknown token.</summary>
    public TicketFacts? Facts(string? token)
    {
        var ticket = _today.FindByToken(token) ?? _engine.FindByToken(token);
        var service = _catalog.FindService(ticket?.ServiceId);
        if (ticket is null || service is null)
        {
            return null;
        }

        var place = _today.Waiting(ticket);
        return new TicketFacts(
            ticket,
            _catalog.Site,
            service,
            _catalog.Agencies.GetValueOrDefault(service.AgencyId),
            _catalog.Zones.GetValueOrDefault(service.ZoneId),
            [.. DesksOf(service).Select(d => d.Number)],
            place?.PeopleAhead ?? 0,
            place?.Estimate);
    }

    /// <summary>Desks that serve the service and are working: active, not paused, and an officer signed in.</summary>
    public int DesksOpen(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return _today.Line(service.Id).DesksOpen;
    }

    private IEnumerable<Service> ActiveServicesOf(string agencyId) => _catalog.ServicesOf(agencyId).Where(s => s.Active);

    private IEnumerable<Desk> DesksOf(Service service) =>
        _catalog.Desks.Values.Where(d => d.Active && d.ServiceIds.Contains(service.Id)).OrderBy(d => d.Number);

    private ServiceTile Tile(Service service, Agency agency)
    {
        var availability = _today.Availability(service, _now);
        var priority = _today.Availability(service, _now, PriorityGroup.Elderly);
        var line = _today.Line(service.Id);
        var waiting = line.Waiting.Length;

        // A new ticket would have everyone waiting now ahead of it.
        return new ServiceTile(service, agency, availability, priority, waiting, availability.IsOpen ? WaitEstimator.Estimate(waiting, line.DesksOpen, line.Pace) : null);
    }

    private int Rank(Service service, string[] words)
    {
        var agency = _catalog.Agencies[service.AgencyId];
        var name = Normalize(service.NameId + " " + service.NameEn + " " + service.Prefix);
        var rest = Normalize(string.Join(' ', service.DescriptionId, service.DescriptionEn, agency.Name, agency.ShortName));
        var rank = 0;
        foreach (var word in words)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                rank += 3;
            }
            else if (rest.Contains(word, StringComparison.Ordinal))
            {
                rank += 1;
            }
            else
            {
                return 0;
            }
        }

        return rank;
    }

    /// <summary>Lower case, no accents, letters and digits only, single spaces: "KTP-el" and "ktp el" match.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var plain = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                plain.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                plain.Append(' ');
                space = true;
            }
        }

        return plain.ToString().TrimEnd();
    }
}
