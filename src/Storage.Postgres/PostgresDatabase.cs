using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// The one owner of the PostgreSQL connection pool in the process: every store takes it, opens a pooled connection per
/// call, and runs each write as one transaction that is committed (and, with <c>synchronous_commit=on</c>, flushed to
/// the server's disk) before the call returns (docs/adr/0021-postgresql-store.md). The schema is brought up to date when
/// it is created (<see cref="PostgresSchema"/>).
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    /// <summary>The schema a connection string without a search path keeps its tables in.</summary>
    public const string DefaultSchema = "public";

    // What an advisory lock of this site is for: the low half of its key (the high half names the site's schema, see
    // LockKey). The transaction-level lock every write that appends to the journal takes first, so that journal ids (given
    // by an identity column when a row is inserted) follow the order in which the moves commit.
    internal const int JournalLock = 0x4A4F_5552; // "JOUR"

    // The session-level lock held while the schema is migrated and an empty schema is seeded.
    internal const int SchemaLock = 0x5343_484D; // "SCHM"

    // A site's schema: a PostgreSQL identifier written without quotes (it is also part of a channel's name).
    private static readonly Regex SchemaName = new("^[a-z_][a-z0-9_]{0,47}$", RegexOptions.CultureInvariant);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private readonly NpgsqlDataSource _source;
    private readonly NpgsqlDataSource _owned;
    private readonly long _siteKey;

    /// <param name="connectionString">An Npgsql connection string (Host, Port, Database, Username, Password...).</param>
    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        // One site per schema (docs/adr/0023-one-schema-per-site.md): the search path names it, and only it, so that no
        // statement of this site can reach another's tables by a name that is missing from its own schema.
        var schema = string.IsNullOrWhiteSpace(builder.SearchPath) ? DefaultSchema : builder.SearchPath.Trim();
        if (!SchemaName.IsMatch(schema))
        {
            throw new ArgumentException(
                $"The connection string's Search Path \"{schema}\" is not one schema name: use lower-case letters, digits and _ (at most 48), starting with a letter or _.",
                nameof(connectionString));
        }

        builder.SearchPath = schema;
        Schema = schema;
        _siteKey = (long)StableHash(schema) << 32;

        // A move is reported only once it is on the server's disk, whatever the server's or role's default says.
        builder.Options = string.IsNullOrWhiteSpace(builder.Options)
            ? "-c synchronous_commit=on"
            : builder.Options + " -c synchronous_commit=on";
        Database = builder.Database;
        ConnectionString = builder.ConnectionString;

        // What a session keeps (LISTEN, a session-level lock) is kept on connections outside the pool (OpenOwn), so a
        // pooled connection goes back as it was taken, and the pool need not reset it each time it is given back (about a
        // fifth of the server's CPU per move on a 2-core machine, with the statements below parsed once per connection:
        // StoreBench, docs/adr/0021-postgresql-store.md). A transaction left open is still rolled back by the pool.
        _owned = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Pooling = false }.ConnectionString);
        builder.NoResetOnClose = true;
        builder.MaxAutoPrepare = AutoPrepared;
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    // How many statements each pooled connection keeps prepared: those run at least 5 times (Npgsql's default), most used
    // first; a move's are fewer than ten.
    private const int AutoPrepared = 32;

    /// <summary>The connection string the pool uses, for connections this process keeps outside it (the leader lease, the health probe).</summary>
    internal string ConnectionString { get; }

    /// <summary>
    /// A connection of its own, outside the pool, with <paramref name="timeoutSeconds"/> to connect and for each command:
    /// a session the caller holds (an advisory lock lives as long as it) or a probe that must see the server as it is now.
    /// </summary>
    internal NpgsqlDataSource Unpooled(int timeoutSeconds) => NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ConnectionString)
    {
        Pooling = false,
        Timeout = timeoutSeconds,
        CommandTimeout = timeoutSeconds,
    }.ConnectionString);

    /// <summary>The database's name, for messages.</summary>
    public string? Database { get; }

    /// <summary>
    /// The schema that holds this site's tables (the connection string's Search Path, else <see cref="DefaultSchema"/>):
    /// each site of an installation has its own, and with it its own locks and its own channel for the other nodes.
    /// </summary>
    public string Schema { get; }

    /// <summary>
    /// The key of this site's advisory lock for <paramref name="purpose"/>: the high half from the schema's name, the low
    /// half the purpose, so that sites in one database never wait for each other's locks.
    /// </summary>
    internal long LockKey(int purpose) => _siteKey | (uint)purpose;

    public void Dispose()
    {
        _source.Dispose();
        _owned.Dispose();
    }

    /// <summary>Runs a read on a pooled connection (no explicit transaction: each statement sees committed data).</summary>
    internal T Read<T>(Func<NpgsqlConnection, T> read)
    {
        using var connection = _source.OpenConnection();
        return read(connection);
    }

    /// <summary>Runs <paramref name="work"/> as one transaction; it is committed when this returns, rolled back when it throws.</summary>
    internal T Write<T>(Func<NpgsqlConnection, T> work)
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var result = work(connection);
        transaction.Commit();
        return result;
    }

    internal void Write(Action<NpgsqlConnection> work) => Write(connection =>
    {
        work(connection);
        return 0;
    });

    /// <summary>
    /// Runs the statements <paramref name="build"/> adds as one transaction in one round trip (see <see cref="PostgresBatch"/>):
    /// committed when this returns, none of them kept when it throws.
    /// </summary>
    internal void WriteAtOnce(Action<PostgresBatch> build) => WriteAtOnce(batch =>
    {
        build(batch);
        return null;
    });

    /// <summary>As <see cref="WriteAtOnce(Action{PostgresBatch})"/>, returning the rows that the statement <paramref name="build"/> returns affected.</summary>
    internal int WriteAtOnce(Func<PostgresBatch, NpgsqlBatchCommand?> build)
    {
        using var connection = _source.OpenConnection();
        using var batch = new PostgresBatch(connection);
        var counted = build(batch);
        batch.Run();
        return counted?.RecordsAffected ?? 0;
    }

    /// <summary>Opens a connection of the pool for the caller's transaction; it must go back without session state (see <see cref="OpenOwn"/>).</summary>
    internal NpgsqlConnection Open() => _source.OpenConnection();

    /// <summary>
    /// Opens a connection outside the pool, closed for good when disposed: for a session that keeps state, a LISTEN or a
    /// session-level lock, which must not be handed on to the pool's next user.
    /// </summary>
    internal NpgsqlConnection OpenOwn() => _owned.OpenConnection();

    /// <summary>A command on <paramref name="connection"/> with positional parameters ($1, $2...): see <see cref="Parameter"/>.</summary>
    internal static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(Parameter(value));
        }

        return command;
    }

    internal static int Execute(NpgsqlConnection connection, string sql, params object?[] values)
    {
        using var command = Command(connection, sql, values);
        return command.ExecuteNonQuery();
    }

    internal static T? Scalar<T>(NpgsqlConnection connection, string sql, params object?[] values)
    {
        using var command = Command(connection, sql, values);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>Reads the first column of every row as a document stored as jsonb.</summary>
    internal static List<T> Documents<T>(NpgsqlConnection connection, string sql, params object?[] values)
    {
        using var command = Command(connection, sql, values);
        using var reader = command.ExecuteReader();
        var documents = new List<T>();
        while (reader.Read())
        {
            documents.Add(FromJson<T>(reader.GetString(0)));
        }

        return documents;
    }

    internal static T? Document<T>(NpgsqlConnection connection, string sql, params object?[] values)
        where T : class => Documents<T>(connection, sql, values).FirstOrDefault();

    internal static DocumentJson ToJson<T>(T document) => new(JsonSerializer.Serialize(document, Json));

    internal static T FromJson<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidDataException($"A stored {typeof(T).Name} is null.");

    /// <summary>Inside a write: waits for the site's journal lock (held until the transaction ends), then appends.</summary>
    internal void LockJournal(NpgsqlConnection connection) =>
        Execute(connection, JournalLockSql, LockKey(JournalLock));

    /// <summary>The same, as the first statement of a write's batch, whenever the journal's entries are added to it.</summary>
    internal void LockJournal(PostgresBatch batch) => batch.AddFirst(JournalLockSql, LockKey(JournalLock));

    private const string JournalLockSql = "SELECT pg_advisory_xact_lock($1)";

    // FNV-1a over the name's characters: the same on every node and every run (string.GetHashCode is not).
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    internal static NpgsqlParameter Parameter(object? value) => value switch
    {
        null => new NpgsqlParameter { Value = DBNull.Value },
        DocumentJson json => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = json.Text },
        string text => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = text },
        _ => new NpgsqlParameter { Value = value },
    };
}
