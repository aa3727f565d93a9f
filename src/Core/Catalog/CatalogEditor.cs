using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// Changes the building's configuration for a person: checks what they may change, validates (nothing is stored
/// on a refusal), stores, writes an audit entry with what changed, then tells the engine so that the change is
/// live without a restart. Tickets already issued are never rewritten: they keep their number (prefix included)
/// and their service, numbering goes on per prefix and day, and an inactive service only stops issuing.
/// </summary>
/// <remarks>
/// Every change names the version the person started from (<c>original</c>, null for something new): when the
/// stored version has changed meanwhile, the change is refused instead of silently undoing someone else's work;
/// when the stored version already equals the change (a double submit), nothing is written twice.
/// </remarks>
public sealed class CatalogEditor(IQueueStore store, QueueEngine engine, TimeProvider time)
{
    /// <summary>The audit log's action when a holiday is added (its subject is the day, yyyy-MM-dd).</summary>
    public const string HolidayAddedAction = "config.holiday.add";

    /// <summary>The audit log's action when a holiday is removed (its subject is the day, yyyy-MM-dd).</summary>
    public const string HolidayRemovedAction = "config.holiday.remove";

    private readonly Lock _gate = new();

    /// <summary>
    /// Every action this editor writes into the audit log: "config.{kind}.create" or ".update" for the site, a zone,
    /// an agency, a service or a desk, and a holiday's add or remove.
    /// </summary>
    public static IReadOnlyList<string> AuditActions { get; } =
        [.. new[] { "site", "zone", "agency", "service", "desk" }.SelectMany(k => new[] { ActionOf(k, true), ActionOf(k, false) }), HolidayAddedAction, HolidayRemovedAction];

    /// <summary>Saves the site's settings; the holidays are kept as stored (they change through <see cref="AddHoliday"/>).</summary>
    public Site SaveSite(Officer actor, Site site, Site original)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(original);
        lock (_gate)
        {
            var person = RequireBuildingEditor(actor, "site");
            var stored = Current.Site;
            var changed = CatalogRules.Validate(site with { Holidays = stored.Holidays, Id = stored.Id });
            return Change(person, "site", stored, original with { Holidays = stored.Holidays, Id = stored.Id }, changed, changed.Id, store.SaveSite);
        }
    }

    public Site AddHoliday(Officer actor, DateOnly date)
    {
        lock (_gate)
        {
            var person = RequireBuildingEditor(actor, "holiday");
            var stored = Current.Site;
            CatalogRules.Date("holiday", date);
            if (stored.Holidays.Contains(date))
            {
                throw new CatalogException(new CatalogError(CatalogErrorCode.HolidayExists, "holiday", Day(date)));
            }

            return Change(person, "holiday", stored, stored, stored with { Holidays = stored.Holidays.Add(date) }, Day(date), store.SaveSite, HolidayAddedAction);
        }
    }

    public Site RemoveHoliday(Officer actor, DateOnly date)
    {
        lock (_gate)
        {
            var person = RequireBuildingEditor(actor, "holiday");
            var stored = Current.Site;
            if (!stored.Holidays.Contains(date))
            {
                throw new CatalogException(new CatalogError(CatalogErrorCode.HolidayNotFound, "holiday", Day(date)));
            }

            return Change(person, "holiday", stored, stored, stored with { Holidays = stored.Holidays.Remove(date) }, Day(date), store.SaveSite, HolidayRemovedAction);
        }
    }

    public Zone SaveZone(Officer actor, Zone zone, Zone? original)
    {
        ArgumentNullException.ThrowIfNull(zone);
        lock (_gate)
        {
            var person = RequireBuildingEditor(actor, "zone");
            var changed = CatalogRules.Validate(zone);
            var catalog = Current;
            RequireUniqueName(catalog.Zones.Values.Where(z => z.Id != changed.Id).Select(z => z.Name), changed.Name, "name");
            return Change(person, "zone", catalog.Zones.GetValueOrDefault(changed.Id), original, changed, changed.Id, store.SaveZone);
        }
    }

    public Agency SaveAgency(Officer actor, Agency agency, Agency? original)
    {
        ArgumentNullException.ThrowIfNull(agency);
        lock (_gate)
        {
            var person = RequireBuildingEditor(actor, "agency");
            var changed = CatalogRules.Validate(agency);
            var catalog = Current;
            RequireUniqueName(catalog.Agencies.Values.Where(a => a.Id != changed.Id).Select(a => a.Name), changed.Name, "name");
            return Change(person, "agency", catalog.Agencies.GetValueOrDefault(changed.Id), original, changed, changed.Id, store.SaveAgency);
        }
    }

    public Service SaveService(Officer actor, Service service, Service? original)
    {
        ArgumentNullException.ThrowIfNull(service);
        lock (_gate)
        {
            var catalog = Current;
            var stored = catalog.FindService(service.Id);
            var person = RequireAgencyEditor(actor, "service", service.AgencyId, stored?.AgencyId ?? original?.AgencyId);
            var changed = CatalogRules.Validate(service, catalog);
            RequireUniqueName(catalog.ServicesOf(changed.AgencyId).Where(s => s.Id != changed.Id).Select(s => s.NameId), changed.NameId, "nameId");
            if (stored is not null)
            {
                RequireQuotaAboveIssued(changed);
            }

            return Change(person, "service", stored, original, changed, changed.Id, store.SaveService);
        }
    }

    public Desk SaveDesk(Officer actor, Desk desk, Desk? original)
    {
        ArgumentNullException.ThrowIfNull(desk);
        lock (_gate)
        {
            var catalog = Current;
            var stored = catalog.FindDesk(desk.Id);
            var person = RequireAgencyEditor(actor, "desk", desk.AgencyId, stored?.AgencyId ?? original?.AgencyId);
            var changed = CatalogRules.Validate(desk, catalog);
            if (stored is not null)
            {
                RequireTicketKeepsItsDesk(changed);
            }

            return Change(person, "desk", stored, original, changed, changed.Id, store.SaveDesk);
        }
    }

    /// <summary>Stores a whole catalog into an empty store (first start). Returns false, touching nothing, when a site exists.</summary>
    public static bool SeedIfEmpty(IQueueStore store, SiteCatalog catalog, IEnumerable<Officer>? officers = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalog);
        if (store.LoadCatalog() is not null)
        {
            return false;
        }

        foreach (var zone in catalog.Zones.Values)
        {
            store.SaveZone(CatalogRules.Validate(zone));
        }

        foreach (var agency in catalog.Agencies.Values)
        {
            store.SaveAgency(CatalogRules.Validate(agency));
        }

        foreach (var service in catalog.Services.Values)
        {
            store.SaveService(CatalogRules.Validate(service, catalog));
        }

        foreach (var desk in catalog.Desks.Values)
        {
            store.SaveDesk(CatalogRules.Validate(desk, catalog));
        }

        foreach (var officer in officers ?? [])
        {
            store.SaveOfficer(officer);
        }

        // The site goes last: its presence is what marks the store as set up.
        store.SaveSite(CatalogRules.Validate(catalog.Site));
        return true;
    }

    // The store, not the engine's copy: another editor instance (or process start) may have written since.
    private SiteCatalog Current => store.LoadCatalog() ?? engine.Catalog;

    private static string ActionOf(string kind, bool created) => "config." + kind + "." + (created ? "create" : "update");

    private T Change<T>(Officer person, string kind, T? stored, T? original, T changed, string subject, Action<T> write, string? action = null)
        where T : class
    {
        if (CatalogDiff.SameContent(stored, changed))
        {
            return changed;
        }

        if (original is null && stored is not null)
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.IdTaken, "id", subject));
        }

        if (original is not null && stored is null)
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.NotFound, kind, subject));
        }

        if (original is not null && !CatalogDiff.SameContent(stored, original))
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.ChangedMeanwhile, kind, subject));
        }

        var detail = CatalogDiff.Describe(stored, changed);
        write(changed);
        store.AppendAudit(new AuditEntry(Tokens.NewId(), time.GetUtcNow(), person.Id, action ?? ActionOf(kind, stored is null), subject, detail));
        engine.ReloadCatalog();
        return changed;
    }

    private Officer RequireBuildingEditor(Officer actor, string kind)
    {
        var person = Fresh(actor);
        return CatalogAccess.MayEditBuilding(person) ? person! : throw NotAllowed(kind);
    }

    private Officer RequireAgencyEditor(Officer actor, string kind, string? agencyId, string? storedAgencyId)
    {
        var person = Fresh(actor);
        var allowed = CatalogAccess.MayEditAgency(person, agencyId ?? string.Empty)
            && (storedAgencyId is null || CatalogAccess.MayEditAgency(person, storedAgencyId));
        return allowed ? person! : throw NotAllowed(kind);
    }

    // The role and agency come from the stored account, not from what the caller passed (a stale or forged copy).
    private Officer? Fresh(Officer actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return store.LoadOfficers().FirstOrDefault(o => o.Id == actor.Id && o.Active);
    }

    private void RequireQuotaAboveIssued(Service service)
    {
        var issued = engine.TicketsToday().Where(t => t.IssuingServiceId == service.Id);
        var use = QuotaUse.Count(issued, service.Quota);
        var quota = service.Quota;
        Require("quota.total", quota.Total, use.Total);
        Require("quota.walkIn", quota.WalkIn, use.WalkIn);
        Require("quota.online", quota.Online, use.Online);
        Require("quota.priority", quota.Priority, use.Priority);

        static void Require(string field, int? limit, int issued)
        {
            if (limit < issued)
            {
                throw new CatalogException(new CatalogError(
                    CatalogErrorCode.QuotaBelowIssued, field, limit.Value.ToString(CultureInfo.InvariantCulture), Min: issued));
            }
        }
    }

    // The ticket at a desk must be able to finish there: the desk stays active and keeps serving that ticket's service.
    private void RequireTicketKeepsItsDesk(Desk desk)
    {
        if (engine.CurrentTicket(desk.Id) is { } ticket && (!desk.Active || !desk.ServiceIds.Contains(ticket.ServiceId)))
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.DeskHasTicket, desk.Active ? "services" : "active", ticket.Number.ToString()));
        }
    }

    private static void RequireUniqueName(IEnumerable<string> others, string name, string field)
    {
        if (others.Any(o => string.Equals(o.Trim(), name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.NameTaken, field, name));
        }
    }

    private static CatalogException NotAllowed(string kind) => new(new CatalogError(CatalogErrorCode.NotAllowed, kind));

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
