using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary><see cref="IDeviceStore"/> on PostgreSQL: registered screens, their tokens unique.</summary>
public sealed class PostgresDeviceStore(PostgresDatabase database) : IDeviceStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<ScreenDevice> LoadScreens() => _database.Read(connection =>
        Documents<ScreenDeviceDocument>(connection, "SELECT doc FROM screens ORDER BY id").ConvertAll(d => d.ToScreen()));

    private const string Upsert =
        "INSERT INTO screens (id, token, doc) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token, doc = EXCLUDED.doc";

    public void SaveScreen(ScreenDevice screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        SaveScreens([screen]);
    }

    public void SaveScreens(IReadOnlyCollection<ScreenDevice> screens)
    {
        ArgumentNullException.ThrowIfNull(screens);
        var documents = screens.Select(ScreenDeviceDocument.From).ToList();
        _database.Write(connection =>
        {
            foreach (var document in documents)
            {
                Execute(connection, Upsert, document.Id, document.Token, ToJson(document));
            }
        });
    }

    public bool DeleteScreen(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _database.Write(connection => Execute(connection, "DELETE FROM screens WHERE id = $1", id) == 1);
    }
}
