using Npgsql;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// Statements sent to the server together, in one round trip, and run in order. Outside a transaction the server runs
/// them as one implicit transaction: all of them or none, committed (and, with <c>synchronous_commit=on</c>, flushed)
/// when the last has run, before <see cref="Run"/> returns. Inside a transaction they are part of it. On a small machine a
/// round trip costs more CPU on both sides than the statements themselves (docs/adr/0021-postgresql-store.md).
/// </summary>
internal sealed class PostgresBatch(NpgsqlConnection connection) : IDisposable
{
    private readonly NpgsqlBatch _batch = new(connection);

    /// <summary>Adds a statement with positional parameters ($1, $2...), typed as <see cref="PostgresDatabase.Command"/> types them.</summary>
    /// <returns>The statement, whose <see cref="NpgsqlBatchCommand.RecordsAffected"/> is set once the batch has run.</returns>
    public NpgsqlBatchCommand Add(string sql, params object?[] values)
    {
        var statement = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            statement.Parameters.Add(PostgresDatabase.Parameter(value));
        }

        _batch.BatchCommands.Add(statement);
        return statement;
    }

    /// <summary>Sends the statements and waits until the server has run them all (and, outside a transaction, committed).</summary>
    public void Run()
    {
        if (_batch.BatchCommands.Count > 0)
        {
            _batch.ExecuteNonQuery();
        }
    }

    public void Dispose() => _batch.Dispose();
}
