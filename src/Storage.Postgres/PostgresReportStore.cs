using MppQueue.Core;
using MppQueue.Storage.Documents;
using Npgsql;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// <see cref="IReportStore"/> on PostgreSQL: a finished day's mark (<c>rollup_days</c>) and its rows
/// (<c>rollup_rows</c>), written together in one transaction.
/// </summary>
public sealed class PostgresReportStore(PostgresDatabase database) : IReportStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<RollupDay> LoadRollups(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay)
        {
            return [];
        }

        var first = StorageFormat.ToDay(firstDay);
        var last = StorageFormat.ToDay(lastDay);
        return _database.Read<IReadOnlyList<RollupDay>>(connection =>
        {
            var days = Documents<RollupDayDocument>(connection, "SELECT doc FROM rollup_days WHERE day BETWEEN $1 AND $2 ORDER BY day", first, last);
            if (days.Count == 0)
            {
                return [];
            }

            var rows = Documents<DailyRollupDocument>(connection, "SELECT doc FROM rollup_rows WHERE day BETWEEN $1 AND $2 ORDER BY position", first, last)
                .ToLookup(r => r.Day);
            return days.ConvertAll(d => d.ToDay(rows[d.Id]));
        });
    }

    public void SaveRollups(IReadOnlyCollection<RollupDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            return;
        }

        var documents = days.Select(d => (Day: RollupDayDocument.From(d), Rows: d.Rows.Select(DailyRollupDocument.From).ToList())).ToList();
        _database.Write(connection =>
        {
            foreach (var (day, rows) in documents)
            {
                // Two reports that built the same day at once both land here; the later one replaces the first.
                Execute(connection, "DELETE FROM rollup_rows WHERE day = $1", day.Id);
                InsertRows(connection, rows);
                UpsertDay(connection, day);
            }
        });
    }

    public int DiscardRollups(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay)
        {
            return 0;
        }

        var first = StorageFormat.ToDay(firstDay);
        var last = StorageFormat.ToDay(lastDay);
        return _database.Write(connection =>
        {
            Execute(connection, "DELETE FROM rollup_rows WHERE day BETWEEN $1 AND $2", first, last);
            return Execute(connection, "DELETE FROM rollup_days WHERE day BETWEEN $1 AND $2", first, last);
        });
    }

    internal static void UpsertDay(NpgsqlConnection connection, RollupDayDocument day) => Execute(
        connection,
        "INSERT INTO rollup_days (day, doc) VALUES ($1, $2) ON CONFLICT (day) DO UPDATE SET doc = EXCLUDED.doc",
        day.Id,
        ToJson(day));

    /// <summary>Many rows at once, by binary COPY (a year of history holds tens of thousands).</summary>
    internal static void InsertRows(NpgsqlConnection connection, IReadOnlyCollection<DailyRollupDocument> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        using var import = connection.BeginBinaryImport("COPY rollup_rows (day, doc) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            import.StartRow();
            import.Write(row.Day, NpgsqlTypes.NpgsqlDbType.Integer);
            import.Write(ToJson(row).Text, NpgsqlTypes.NpgsqlDbType.Jsonb);
        }

        import.Complete();
    }
}
