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
        var statement = Statement(sql, values);
        _batch.BatchCommands.Add(statement);
        return statement;
    }

    /// <summary>Puts a statement before those added so far (a lock that the whole transaction must hold from its start).</summary>
    public void AddFirst(string sql, params object?[] values) => _batch.BatchCommands.Insert(0, Statement(sql, values));

    /// <summary>Sends the statements and waits until the server has run them all (and, outside a transaction, committed).</summary>
    public void Run()
    {
        if (_batch.BatchCommands.Count > 0)
        {
            _batch.ExecuteNonQuery();
        }
    }

    /// <summary>Sends the statements and reads their rows, starting with the first statement that returns any.</summary>
    public NpgsqlDataReader Query() => _batch.ExecuteReader();

    public void Dispose() => _batch.Dispose();

    private static NpgsqlBatchCommand Statement(string sql, object?[] values)
    {
        var statement = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            statement.Parameters.Add(PostgresDatabase.Parameter(value));
        }

        return statement;
    }
}
