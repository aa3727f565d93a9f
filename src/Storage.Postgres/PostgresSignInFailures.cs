using MppQueue.Core;
using Npgsql;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// <see cref="ISignInFailures"/> in the database, so that every node of the site counts one guesser's wrong passwords
/// together (docs/adr/0022-two-nodes-one-database.md). Each call is one round trip: a read is a batch of two selects, a
/// failure one upsert per count that does what <see cref="FailureCount.After"/> does, in SQL (so two nodes counting at
/// once each add theirs). Counts that went stale are deleted at most once a minute per node, with a failure.
/// </summary>
public sealed class PostgresSignInFailures(PostgresDatabase database) : ISignInFailures
{
    private static readonly long CleanEvery = TimeSpan.FromMinutes(1).Ticks;

    // $1 key, $2 max, $3 restart, $4 now, $5 lockout (UTC ticks). In DO UPDATE every expression sees the row as it was.
    // A count goes stale three lockouts after its last failure (its lock, at most one lockout long, is over by then).
    private const string Stale = "($4 - f.last_utc_ticks > 3 * $5 AND (f.locked_until_utc_ticks IS NULL OR f.locked_until_utc_ticks <= $4))";
    private const string Counted = "((CASE WHEN " + Stale + " THEN 0 ELSE f.count END) + 1)";
    private const string Locked = "(CASE WHEN " + Counted + " < $2 THEN (CASE WHEN " + Stale + " THEN NULL ELSE f.locked_until_utc_ticks END) ELSE $4 + $5 END)";
    private const string FailSql =
        "INSERT INTO sign_in_failures AS f (key, count, last_utc_ticks, locked_until_utc_ticks, stale_at_utc_ticks) " +
        "VALUES ($1, CASE WHEN 1 < $2 THEN 1 WHEN $3 THEN 0 ELSE 1 END, $4, CASE WHEN 1 < $2 THEN NULL ELSE $4 + $5 END, $4 + 3 * $5 + 1) " +
        "ON CONFLICT (key) DO UPDATE SET " +
        "count = CASE WHEN " + Counted + " < $2 THEN " + Counted + " WHEN $3 THEN 0 ELSE " + Counted + " END, " +
        "last_utc_ticks = $4, " +
        "locked_until_utc_ticks = " + Locked + ", " +
        "stale_at_utc_ticks = $4 + 3 * $5 + 1";

    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));
    private long _cleanedAt;

    public SignInCounts Read(IReadOnlyList<string> keys, string account, string address)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return _database.Read(connection =>
        {
            using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("SELECT key, count, last_utc_ticks, locked_until_utc_ticks FROM sign_in_failures WHERE key = ANY($1)")
                    {
                        Parameters = { new() { Value = keys.ToArray() } },
                    },
                    new NpgsqlBatchCommand("SELECT EXISTS (SELECT 1 FROM sign_in_addresses WHERE account = $1 AND address = $2)")
                    {
                        Parameters = { new() { Value = account }, new() { Value = address } },
                    },
                },
            };
            using var reader = batch.ExecuteReader();
            var counts = new Dictionary<string, FailureCount>(StringComparer.Ordinal);
            while (reader.Read())
            {
                counts[reader.GetString(0)] = new FailureCount(
                    reader.GetInt32(1),
                    new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero),
                    reader.IsDBNull(3) ? null : new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero));
            }

            reader.NextResult();
            reader.Read();
            return new SignInCounts(counts, reader.GetBoolean(0));
        });
    }

    public void Fail(IReadOnlyList<FailureRule> rules, DateTimeOffset now, TimeSpan lockout)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var ticks = now.UtcTicks;
        var clean = ticks - Interlocked.Read(ref _cleanedAt) > CleanEvery;
        if (clean)
        {
            Interlocked.Exchange(ref _cleanedAt, ticks);
        }

        _database.Read(connection =>
        {
            using var batch = new NpgsqlBatch(connection);
            if (clean)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM sign_in_failures WHERE stale_at_utc_ticks < $1") { Parameters = { new() { Value = ticks } } });
            }

            foreach (var rule in rules)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(FailSql)
                {
                    Parameters = { new() { Value = rule.Key }, new() { Value = rule.Max }, new() { Value = rule.Restart }, new() { Value = ticks }, new() { Value = lockout.Ticks } },
                });
            }

            return batch.ExecuteNonQuery();
        });
    }

    public void Succeed(string clearKey, string account, string address, DateTimeOffset now) => _database.Read(connection =>
    {
        using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("DELETE FROM sign_in_failures WHERE key = $1") { Parameters = { new() { Value = clearKey } } },
                new NpgsqlBatchCommand(
                    "INSERT INTO sign_in_addresses (account, address, at_utc_ticks) VALUES ($1, $2, $3) " +
                    "ON CONFLICT (account, address) DO UPDATE SET at_utc_ticks = greatest(sign_in_addresses.at_utc_ticks, excluded.at_utc_ticks)")
                {
                    Parameters = { new() { Value = account }, new() { Value = address }, new() { Value = now.UtcTicks } },
                },
                new NpgsqlBatchCommand(
                    "DELETE FROM sign_in_addresses WHERE account = $1 AND address NOT IN " +
                    "(SELECT address FROM sign_in_addresses WHERE account = $1 ORDER BY at_utc_ticks DESC, address LIMIT $2)")
                {
                    Parameters = { new() { Value = account }, new() { Value = FailureCount.KnownAddressesKept } },
                },
            },
        };
        return batch.ExecuteNonQuery();
    });
}
