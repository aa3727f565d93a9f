using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>The site's configuration (site, zones, agencies, services, desks) and the officers' accounts.</summary>
public sealed partial class PostgresTicketStore
{
    // The accounts as last read, asked for on every move (who is pressing) and every request (is the session still
    // valid): read once, and again after a node saves one (this one, or another that says so through ISharedChanges).
    private IReadOnlyList<Officer>? _officers;

    public SiteCatalog? LoadCatalog() => _database.Read(connection =>
    {
        var site = Document<SiteDocument>(connection, "SELECT doc FROM sites LIMIT 1");
        if (site is null)
        {
            return null;
        }

        return SiteCatalog.Create(
            site.ToSite(),
            Documents<ZoneDocument>(connection, "SELECT doc FROM zones ORDER BY id").ConvertAll(d => d.ToZone()),
            Documents<AgencyDocument>(connection, "SELECT doc FROM agencies ORDER BY id").ConvertAll(d => d.ToAgency()),
            Documents<ServiceDocument>(connection, "SELECT doc FROM services ORDER BY id").ConvertAll(d => d.ToService()),
            Documents<DeskDocument>(connection, "SELECT doc FROM desks ORDER BY id").ConvertAll(d => d.ToDesk()));
    });

    /// <summary>The store holds one building: saving a site replaces the one stored before.</summary>
    public void SaveSite(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var document = SiteDocument.From(site);
        _database.Write(connection =>
        {
            Execute(connection, "DELETE FROM sites");
            Execute(connection, "INSERT INTO sites (id, doc) VALUES ($1, $2)", document.Id, ToJson(document));
        });
    }

    public void SaveZone(Zone zone)
    {
        var document = ZoneDocument.From(zone ?? throw new ArgumentNullException(nameof(zone)));
        Upsert("zones", document.Id, ToJson(document));
    }

    public void SaveAgency(Agency agency)
    {
        var document = AgencyDocument.From(agency ?? throw new ArgumentNullException(nameof(agency)));
        Upsert("agencies", document.Id, ToJson(document));
    }

    public void SaveService(Service service)
    {
        var document = ServiceDocument.From(service ?? throw new ArgumentNullException(nameof(service)));
        Upsert("services", document.Id, ToJson(document));
    }

    public void SaveDesk(Desk desk)
    {
        var document = DeskDocument.From(desk ?? throw new ArgumentNullException(nameof(desk)));
        Upsert("desks", document.Id, ToJson(document));
    }

    public IReadOnlyList<Officer> LoadOfficers()
    {
        if (Volatile.Read(ref _officers) is { } known)
        {
            return known;
        }

        var officers = _database.Read(connection => Documents<OfficerDocument>(connection, "SELECT doc FROM officers"))
            .Select(d => d.ToOfficer())
            .OrderBy(o => o.UserName, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();
        Volatile.Write(ref _officers, officers);
        return officers;
    }

    public void SaveOfficer(Officer officer)
    {
        var document = OfficerDocument.From(officer ?? throw new ArgumentNullException(nameof(officer)));
        Upsert("officers", document.Id, ToJson(document));
        OfficersSaved();
    }

    /// <summary>After accounts were stored (here or as a history): this node and the others read them again.</summary>
    internal void OfficersSaved()
    {
        ForgetOfficers();
        _changes?.Announce(SharedChange.Accounts);
    }

    /// <summary>The next read of the accounts goes to the database.</summary>
    internal void ForgetOfficers() => Volatile.Write(ref _officers, null);
}
