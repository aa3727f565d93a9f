using MppQueue.PostgresTesting;
using Npgsql;

namespace MppQueue.Bench;

/// <summary>
/// A throw-away PostgreSQL 15 cluster (tests/Shared/Postgres/PostgresCluster.cs) in a folder on the real disk,
/// configured for durability as in production: fsync on, full-page writes on, synchronous commits (unlike the tests'
/// cluster, which skips fsync). Each configuration gets a database of its own.
/// </summary>
internal sealed class BenchPostgres(PostgresCluster cluster) : IDisposable
{
    public string DataFolder => cluster.DataFolder;

    public static BenchPostgres Start(string parent) => new(PostgresCluster.Start(parent, "mppqueue-storebench-pg-", durable: true));

    /// <summary>An empty database of its own and the connection string to it (TCP on localhost, as an application connects).</summary>
    public string CreateDatabase(string name)
    {
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0", connection);
            command.ExecuteNonQuery();
        }

        return ConnectionString(name);
    }

    /// <summary>The server's own settings that decide durability, as it reports them.</summary>
    public string Durability()
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand("SELECT current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit') || ', wal_sync_method ' || current_setting('wal_sync_method')", connection);
        return "fsync " + (string?)command.ExecuteScalar();
    }

    public void Dispose() => cluster.Stop(immediately: false);

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = cluster.Port,
        Database = database,
        Username = "postgres",
        MaxPoolSize = 40,
    }.ConnectionString;
}
