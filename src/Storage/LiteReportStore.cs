using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.CollectionNames;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IReportStore"/> on a <see cref="LiteFile"/>, under its one lock, each write one transaction with a
/// checkpoint (ADR 2). Rows live in <c>dailyRollups</c> (indexed on the day, ensured on first use in the process), the
/// mark that a day is built in <c>rollupDays</c> (keyed by the day); see docs/adr/0011-report-rollups.md.
/// </summary>
public sealed class LiteReportStore(LiteFile file) : IReportStore
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    public IReadOnlyList<RollupDay> LoadRollups(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay)
        {
            return [];
        }

        var first = StorageFormat.ToDay(firstDay);
        var last = StorageFormat.ToDay(lastDay);
        EnsureIndexes();
        return _file.Read<IReadOnlyList<RollupDay>>(() =>
        {
            var days = _file.Collection<RollupDayDocument>(RollupDays).Find(LiteWhere.Between("_id", first, last)).ToList();
            if (days.Count == 0)
            {
                return [];
            }

            var rows = _file.Collection<DailyRollupDocument>(DailyRollups)
                .Find(LiteWhere.Between(nameof(DailyRollupDocument.Day), first, last))
                .ToLookup(r => r.Day);
            return days.OrderBy(d => d.Id).Select(d => d.ToDay(rows[d.Id])).ToList();
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
        EnsureIndexes();
        _file.Write(() =>
        {
            var rows = _file.Collection<DailyRollupDocument>(DailyRollups);
            var marks = _file.Collection<RollupDayDocument>(RollupDays);
            foreach (var (day, dayRows) in documents)
            {
                // Two reports that built the same day at once both land here; the later one replaces the first.
                rows.DeleteMany(LiteWhere.Equal(nameof(DailyRollupDocument.Day), day.Id));
                if (dayRows.Count > 0)
                {
                    rows.InsertBulk(dayRows);
                }

                marks.Upsert(day);
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
        var removed = 0;
        EnsureIndexes();
        _file.Write(() =>
        {
            _file.Collection<DailyRollupDocument>(DailyRollups).DeleteMany(LiteWhere.Between(nameof(DailyRollupDocument.Day), first, last));
            removed = _file.Collection<RollupDayDocument>(RollupDays).DeleteMany(LiteWhere.Between("_id", first, last));
        });
        return removed;
    }

    private void EnsureIndexes() => EnsureIndexes(_file);

    /// <summary>The rollup rows' index, once per file in the process (also before a history is written into them).</summary>
    internal static void EnsureIndexes(LiteFile file) =>
        file.EnsureIndexesOnce(DailyRollups, () => file.Collection<DailyRollupDocument>(DailyRollups).EnsureIndex(d => d.Day));
}
