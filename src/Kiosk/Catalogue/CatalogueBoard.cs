using MppQueue.Core;
using MppQueue.Kiosk.Board;

namespace MppQueue.Kiosk.Catalogue;

/// <summary>
/// What the public catalogue shows, from one snapshot of today: every active agency in its configured order with
/// its active services, the kiosk's search, and one service with its status now. A plain class, tested without a server.
/// </summary>
public sealed class CatalogueBoard
{
    /// <summary>Enough for every service of a large MPP that a search could match.</summary>
    public const int MaxResults = 60;

    private readonly KioskBoard _board;

    public CatalogueBoard(QueueEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _board = new KioskBoard(engine);
        Now = engine.Clock.GetUtcNow();
        Catalog = engine.Snapshot.Catalog;
    }

    public SiteCatalog Catalog { get; }

    public Site Site => Catalog.Site;

    public DateTimeOffset Now { get; }

    /// <summary>Active agencies with active services, in the order the MPP set (a catalogue does not reorder by the day's traffic).</summary>
    public IReadOnlyList<CatalogueAgency> Agencies() =>
        [.. _board.Agencies()
            .OrderBy(t => t.Agency.SortOrder)
            .ThenBy(t => t.Agency.Name, StringComparer.Ordinal)
            .Select(t => new CatalogueAgency(t.Agency, _board.ServicesOf(t.Agency.Id)))];

    /// <summary>The kiosk's search (every word, accents and case ignored, a typo forgiven when nothing else matches).</summary>
    public IReadOnlyList<ServiceTile> Search(string? query) => _board.Search(Trim(query), MaxResults);

    /// <summary>An active service of an active agency, with its status now; null otherwise.</summary>
    public ServiceTile? Service(string? serviceId) => _board.Service(serviceId);

    public Zone? ZoneOf(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return Catalog.Zones.GetValueOrDefault(service.ZoneId);
    }

    /// <summary>The query as the search field holds it: trimmed, at most as long as the kiosk's field.</summary>
    public static string Trim(string? query)
    {
        var trimmed = query?.Trim() ?? string.Empty;
        return trimmed.Length > Flow.KioskSearch.MaxLength ? trimmed[..Flow.KioskSearch.MaxLength] : trimmed;
    }
}
