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
    /// punctuation ignored); a match in the name ranks first. When no service has every word, a word may be
    /// one typo away from a word of the service (two for long words: "pasport", "kartu keluraga").
    /// </summary>
    public IReadOnlyList<ServiceTile> Search(string? query, int max = 12)
    {
        var words = Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var found = Ranked(words, fuzzy: false);
        return [.. (found.Count > 0 ? found : Ranked(words, fuzzy: true)).Take(max).Select(s => Tile(s, FindAgency(s.AgencyId)!))];
    }

    private List<Service> Ranked(string[] words, bool fuzzy) =>
        [.. _catalog.Services.Values
            .Where(s => s.Active && FindAgency(s.AgencyId) is not null)
            .Select(s => (Service: s, Rank: Rank(s, words, fuzzy)))
            .Where(m => m.Rank > 0)
            .OrderByDescending(m => m.Rank)
            .ThenBy(m => FindAgency(m.Service.AgencyId)!.SortOrder)
            .ThenBy(m => m.Service.SortOrder)
            .Select(m => m.Service)];

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
        return new ServiceTile(service, agency, availability, priority, _today.Line(service.Id).Waiting.Length, _today.NewTicketWait(availability));
    }

    private int Rank(Service service, string[] words, bool fuzzy)
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
            else if (fuzzy && NearlyIn(word, name))
            {
                rank += 2;
            }
            else if (fuzzy && NearlyIn(word, rest))
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

    /// <summary>
    /// Whether a word of four letters or more is a typo away from a word of the text, or from the start of one
    /// (a word still being typed): one edit, or two for words of eight letters or more.
    /// </summary>
    private static bool NearlyIn(string word, string text)
    {
        if (word.Length < 4)
        {
            return false;
        }

        var allowed = word.Length >= 8 ? 2 : 1;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Math.Abs(token.Length - word.Length) <= allowed && Distance(word, token) <= allowed)
            {
                return true;
            }

            if (token.Length > word.Length && Distance(word, token[..word.Length]) <= allowed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Edits between two words: insertions, deletions, substitutions, and two neighbours swapped.</summary>
    private static int Distance(string a, string b)
    {
        var width = b.Length + 1;
        var d = new int[(a.Length + 1) * width];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i * width] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[((i - 1) * width) + j] + 1, d[(i * width) + j - 1] + 1), d[((i - 1) * width) + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[((i - 2) * width) + j - 2] + 1);
                }

                d[(i * width) + j] = best;
            }
        }

        return d[(a.Length * width) + b.Length];
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
