using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary><see cref="IApiClientStore"/> on PostgreSQL.</summary>
public sealed class PostgresApiClientStore(PostgresDatabase database) : IApiClientStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<ApiClient> LoadApiClients() => _database.Read(connection =>
        Documents<ApiClientDocument>(connection, "SELECT doc FROM api_clients ORDER BY id").ConvertAll(d => d.ToClient()));

    public void SaveApiClient(ApiClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var document = ApiClientDocument.From(client);
        _database.Write(connection => PostgresTicketStore.Upsert(connection, "api_clients", document.Id, ToJson(document)));
    }
}
