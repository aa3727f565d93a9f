using Npgsql;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// What every node of a site on PostgreSQL must share rather than keep in its own data folder: the XML key
/// elements of ASP.NET Core's data protection (so that a cookie or antiforgery token made on one node is read on
/// another; the host adapts this to an <c>IXmlRepository</c>), and secrets made once for the installation (the NIK
/// hashes' key). Keys are only added, never changed: the key manager writes a new element and revokes by adding one.
/// </summary>
public sealed class PostgresSharedKeys(PostgresDatabase database)
{
    // What the lock held while a node checks for (and makes) the key ring's first key is for: "KEYS".
    private const int KeyRingLock = 0x4B45_5953;

    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Every stored key element as XML text, oldest first.</summary>
    public IReadOnlyList<string> ReadKeys() => _database.Read(connection =>
    {
        using var command = Command(connection, "SELECT xml FROM data_protection_keys ORDER BY stored_at_utc_ticks, name");
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    });

    /// <summary>Stores a key element under its name; a name already stored keeps its first element (names are unique per element).</summary>
    public void StoreKey(string name, string xml)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(xml);
        _database.Write(connection => Execute(
            connection,
            "INSERT INTO data_protection_keys (name, xml, stored_at_utc_ticks) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
            name,
            xml,
            DateTimeOffset.UtcNow.UtcTicks));
    }

    /// <summary>
    /// Runs <paramref name="work"/> while holding the key ring's lock (a transaction-level advisory lock), so that nodes
    /// starting together on an empty key ring make one first key, not one each.
    /// </summary>
    public void WhileKeyRingLocked(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, "SELECT pg_advisory_xact_lock($1)", _database.LockKey(KeyRingLock));
        work();
        transaction.Commit();
    }

    /// <summary>
    /// The installation's secret called <paramref name="name"/>: read when it exists, else made by <paramref name="make"/>
    /// and stored, under the schema's lock, so that nodes starting at once all end up with the one secret stored first.
    /// </summary>
    public string Secret(string name, Func<string> make)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(make);
        return _database.Write(connection =>
        {
            Execute(connection, "SELECT pg_advisory_xact_lock($1)", _database.LockKey(SchemaLock));
            if (Stored(connection, name) is { } stored)
            {
                return stored;
            }

            var made = make();
            ArgumentException.ThrowIfNullOrWhiteSpace(made, nameof(make));
            Execute(
                connection,
                "INSERT INTO installation_secrets (name, value, made_at_utc_ticks) VALUES ($1, $2, $3)",
                name,
                made,
                DateTimeOffset.UtcNow.UtcTicks);
            return made;
        });
    }

    private static string? Stored(NpgsqlConnection connection, string name) =>
        Scalar<string>(connection, "SELECT value FROM installation_secrets WHERE name = $1", name);
}
