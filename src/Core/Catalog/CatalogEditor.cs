namespace MppQueue.Core;

/// <summary>
/// Changes the building's configuration: validates first (nothing is stored on a refusal), stores,
/// then tells the engine so that the change is live without a restart.
/// </summary>
public sealed class CatalogEditor(IQueueStore store, QueueEngine engine)
{
    public void SaveSite(Site site) => Save(() => store.SaveSite(CatalogRules.Validate(site)));

    public void SaveZone(Zone zone) => Save(() => store.SaveZone(CatalogRules.Validate(zone)));

    public void SaveAgency(Agency agency) => Save(() => store.SaveAgency(CatalogRules.Validate(agency)));

    public void SaveService(Service service) => Save(() => store.SaveService(CatalogRules.Validate(service, engine.Catalog)));

    public void SaveDesk(Desk desk) => Save(() => store.SaveDesk(CatalogRules.Validate(desk, engine.Catalog)));

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

    private void Save(Action write)
    {
        write();
        engine.ReloadCatalog();
    }
}
