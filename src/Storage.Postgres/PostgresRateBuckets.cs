using MppQueue.Core;
using Npgsql;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// <see cref="IRateBuckets"/> as rows that every node of the site takes from (docs/adr/0022-two-nodes-one-database.md):
/// a take is one statement (an upsert that refills the bucket for the time since its last take and takes a permit if it
/// has one, answering whether it did), so two nodes taking at once are serialised by the row's lock and one round trip
/// is the whole cost. A bucket that is full again is the same as none: those rows are deleted, at most once a minute per
/// node, in the same round trip as a take.
/// </summary>
public sealed class PostgresRateBuckets(PostgresDatabase database) : IRateBuckets
{
    private static readonly long CleanEvery = TimeSpan.FromMinutes(1).Ticks;

    // $1 key, $2 burst, $3 ticks per permit, $4 now (UTC ticks). In DO UPDATE every expression sees the row as it was.
    private const string Refilled = "least($2::float8, b.permits + greatest(0, $4 - b.at_utc_ticks)::float8 / $3::float8)";
    private const string Left = "(CASE WHEN " + Refilled + " >= 1 THEN " + Refilled + " - 1 ELSE " + Refilled + " END)";
    private const string TakeSql =
        "INSERT INTO rate_buckets AS b (key, permits, at_utc_ticks, taken, full_at_utc_ticks) VALUES ($1, $2 - 1, $4, true, $4 + $3) " +
        "ON CONFLICT (key) DO UPDATE SET " +
        "permits = " + Left + ", " +
        "at_utc_ticks = greatest(b.at_utc_ticks, $4), " +
        "taken = " + Refilled + " >= 1, " +
        "full_at_utc_ticks = greatest(b.at_utc_ticks, $4) + ceil(($2 - " + Left + ") * $3)::bigint " +
        "RETURNING taken, permits";

    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));
    private long _cleanedAt;

    public TimeSpan? Take(string key, int burst, TimeSpan every, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(every, TimeSpan.Zero);
        var ticks = now.UtcTicks;
        var clean = ticks - Interlocked.Read(ref _cleanedAt) > CleanEvery;
        if (clean)
        {
            Interlocked.Exchange(ref _cleanedAt, ticks);
        }

        return _database.Read(connection =>
        {
            using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(new NpgsqlBatchCommand(TakeSql)
            {
                Parameters = { new() { Value = key }, new() { Value = burst }, new() { Value = every.Ticks }, new() { Value = ticks } },
            });
            if (clean)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM rate_buckets WHERE full_at_utc_ticks < $1") { Parameters = { new() { Value = ticks } } });
            }

            using var reader = batch.ExecuteReader();
            reader.Read();
            return reader.GetBoolean(0) ? (TimeSpan?)null : TimeSpan.FromTicks((long)Math.Ceiling((1 - reader.GetDouble(1)) * every.Ticks));
        });
    }
}
