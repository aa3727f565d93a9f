using MppQueue.PostgresTesting;
using Npgsql;

namespace MppQueue.Storage.Tests;

/// <summary>
/// What the PostgreSQL store relies on in Npgsql's pool: a move's scope begins and commits its transaction by statements
/// so that the commit shares a round trip with the notice (PostgresMoveScopes), and when a scope fails between the two,
/// its connection goes back to the pool inside that transaction. The pool must roll it back, letting go of the site's
/// move lock, or the site's next move would wait for ever.
/// </summary>
public sealed class PostgresPoolTests
{
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(PostgresTestServer.Shared.CreateDatabase("pool", migrated: false))
    {
        // One connection: the second opening gets the very connection the first gave back.
        MaxPoolSize = 1,
    }.ConnectionString;

    [Fact]
    public void ConnectionBackInThePoolInsideATransactionBegunByStatement_IsRolledBack_AndItsLockLetGo()
    {
        using var source = NpgsqlDataSource.Create(_connectionString);
        int firstBackend;
        using (var connection = source.OpenConnection())
        {
            firstBackend = connection.ProcessID;
            using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("BEGIN"),
                    new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(4242)"),
                    new NpgsqlBatchCommand("CREATE TABLE left_behind (id integer)"),
                },
            };
            batch.ExecuteNonQuery();
        }

        using var again = source.OpenConnection();
        using var check = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242), to_regclass('left_behind') IS NULL",
            again);
        using var reader = check.ExecuteReader();
        reader.Read();

        Assert.Equal(firstBackend, again.ProcessID);
        Assert.Equal(0L, reader.GetInt64(0));
        Assert.True(reader.GetBoolean(1), "What the transaction wrote was kept: it was committed, not rolled back.");
    }
}
