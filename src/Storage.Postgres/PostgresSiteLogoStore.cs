using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary><see cref="ISiteLogoStore"/> on PostgreSQL: the one logo, its bytes inside the document.</summary>
public sealed class PostgresSiteLogoStore(PostgresDatabase database) : ISiteLogoStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public SiteLogo? LoadLogo() => _database.Read(connection =>
        Document<SiteLogoDocument>(connection, "SELECT doc FROM site_logo WHERE id = $1", SiteLogoDocument.OnlyId))?.ToLogo();

    public void SaveLogo(SiteLogo logo)
    {
        ArgumentNullException.ThrowIfNull(logo);
        var document = SiteLogoDocument.From(logo);
        _database.Write(connection => PostgresTicketStore.Upsert(connection, "site_logo", SiteLogoDocument.OnlyId, ToJson(document)));
    }

    public bool RemoveLogo() => _database.Write(connection =>
        Execute(connection, "DELETE FROM site_logo WHERE id = $1", SiteLogoDocument.OnlyId) == 1);
}
