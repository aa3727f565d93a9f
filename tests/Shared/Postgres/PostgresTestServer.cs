using System.Globalization;
using MppQueue.Storage.Postgres;
using Npgsql;

namespace MppQueue.PostgresTesting;

/// <summary>
/// One throw-away PostgreSQL cluster per test process, made with Debian's binaries in a temp folder on the first use and
/// removed when the process exits: it listens on a unix socket in that folder and on a free localhost port, and every
/// test asks it for a database of its own
/// (<see cref="CreateDatabase"/>), so tests stay independent and may run in parallel. initdb refuses root: as root, the
/// server runs as the <c>postgres</c> user and the folder is handed to it.
/// Commits are synchronous as in production (a write returns once PostgreSQL has committed it), but this cluster does
/// not fsync: it is thrown away, no test cuts the machine's power, and a killed process keeps what the operating system
/// already holds. With fsync on, creating each test's database and its commits made the storage tests the longest
/// lane of the CI run.
/// </summary>
public sealed class PostgresTestServer
{
    private static readonly Lazy<PostgresTestServer> _shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    private readonly PostgresCluster _cluster;
    private readonly Lazy<string> _template;

    private PostgresTestServer(PostgresCluster cluster)
    {
        _cluster = cluster;
        _template = new(MakeTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The cluster of this test process (started on the first call).</summary>
    public static PostgresTestServer Shared => _shared.Value;

    public int Port => _cluster.Port;

    /// <summary>The folder of the server's unix socket (also its data folder's parent).</summary>
    public string SocketFolder => _cluster.Folder;

    /// <summary>
    /// A new database of its own and a connection string to it (over TCP on localhost, as an application connects):
    /// empty, or a copy of a database that the schema's migrations were applied to once in this process (the copy is
    /// cheaper than migrating each test's database; the migrations themselves are tested on empty ones).
    /// </summary>
    public string CreateDatabase(string? hint = null, bool migrated = true)
    {
        var name = "t" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture) + "_" +
            new string((hint ?? "db").ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40).ToArray());
        // A file copy, not PostgreSQL 15's default of writing the whole template into the log: far less work per test.
        Execute($"CREATE DATABASE \"{name}\" TEMPLATE {(migrated ? _template.Value : "template0")} STRATEGY FILE_COPY");
        return ConnectionString(name, pooling: true);
    }

    public string ConnectionString(string database, bool pooling) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = "postgres",
        Pooling = pooling,
        MaxPoolSize = 10,
    }.ConnectionString;

    private string MakeTemplate()
    {
        const string Name = "mppqueue_migrated";
        Execute($"CREATE DATABASE {Name} TEMPLATE template0");
        using (var database = new PostgresDatabase(ConnectionString(Name, pooling: false)))
        {
            PostgresSchema.Migrate(database);
        }

        return Name;
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres", pooling: false));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static PostgresTestServer Start()
    {
        var cluster = PostgresCluster.Start(Path.GetTempPath(), "mppqueue-pg-", durable: false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(immediately: true);
        return new PostgresTestServer(cluster);
    }
}
