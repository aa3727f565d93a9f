using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary><see cref="IStaffStore"/> on PostgreSQL: one row per finished day.</summary>
public sealed class PostgresStaffStore(PostgresDatabase database) : IStaffStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<StaffDay> LoadStaffDays(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay)
        {
            return [];
        }

        return _database.Read(connection => Documents<StaffDayDocument>(
            connection,
            "SELECT doc FROM staff_days WHERE day BETWEEN $1 AND $2 ORDER BY day",
            StorageFormat.ToDay(firstDay),
            StorageFormat.ToDay(lastDay)).ConvertAll(d => d.ToDay()));
    }

    public void SaveStaffDays(IReadOnlyCollection<StaffDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            return;
        }

        var documents = days.Select(StaffDayDocument.From).ToList();
        _database.Write(connection =>
        {
            foreach (var document in documents)
            {
                Execute(
                    connection,
                    "INSERT INTO staff_days (day, doc) VALUES ($1, $2) ON CONFLICT (day) DO UPDATE SET doc = EXCLUDED.doc",
                    document.Id,
                    ToJson(document));
            }
        });
    }
}
