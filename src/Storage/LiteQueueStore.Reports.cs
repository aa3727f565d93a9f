using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IReportStore"/> on the same file, under the same lock, each write one transaction with a checkpoint
/// (ADR 2). Rows live in <c>dailyRollups</c> (indexed on the day), the mark that a day is built in
/// <c>rollupDays</c> (keyed by the day); see docs/adr/0011-report-rollups.md.
/// </summary>
public sealed partial class LiteQueueStore : IReportStore
{
    private const string DailyRollups = "dailyRollups";
    private const string RollupDays = "rollupDays";

    // Read and written under _gate only.
    private bool _reportIndexesEnsured;

    public IReadOnlyList<RollupDay> LoadRollups(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay)
        {
            return [];
        }

        var first = StorageFormat.ToDay(firstDay);
        var last = StorageFormat.ToDay(lastDay);
        lock (_gate)
        {
            ThrowIfDisposed();
            EnsureReportIndexes();
            var days = Collection<RollupDayDocument>(RollupDays).Find(Query.Between("_id", first, last)).ToList();
            if (days.Count == 0)
            {
                return [];
            }

            var rows = Collection<DailyRollupDocument>(DailyRollups)
                .Find(Query.Between(nameof(DailyRollupDocument.Day), first, last))
                .ToLookup(r => r.Day);
            return days.OrderBy(d => d.Id).Select(d => d.ToDay(rows[d.Id])).ToList();
        }
    }

    public void SaveRollups(IReadOnlyCollection<RollupDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            return;
        }

        var documents = days.Select(d => (Day: RollupDayDocument.From(d), Rows: d.Rows.Select(DailyRollupDocument.From).ToList())).ToList();
        lock (_gate)
        {
            ThrowIfDisposed();
            EnsureReportIndexes();
            Write(() =>
            {
                var rows = Collection<DailyRollupDocument>(DailyRollups);
                var marks = Collection<RollupDayDocument>(RollupDays);
                foreach (var (day, dayRows) in documents)
                {
                    // Two reports that built the same day at once both land here; the later one replaces the first.
                    rows.DeleteMany(Query.EQ(nameof(DailyRollupDocument.Day), day.Id));
                    if (dayRows.Count > 0)
                    {
                        rows.InsertBulk(dayRows);
                    }

                    marks.Upsert(day);
                }
            });
        }
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
        lock (_gate)
        {
            ThrowIfDisposed();
            EnsureReportIndexes();
            Write(() =>
            {
                Collection<DailyRollupDocument>(DailyRollups).DeleteMany(Query.Between(nameof(DailyRollupDocument.Day), first, last));
                removed = Collection<RollupDayDocument>(RollupDays).DeleteMany(Query.Between("_id", first, last));
            });
        }

        return removed;
    }

    /// <summary>
    /// Import path for history from elsewhere (another queue system, the report benchmark): stores many tickets of
    /// finished days in one transaction and advances their prefixes' counters, like <see cref="InsertTicket"/> does
    /// one by one. Not for the engine, which inserts each ticket durably as it is issued. The caller keeps
    /// batches to a few tens of thousands, so the lock is not held for long; a duplicate id or token rolls the
    /// whole batch back.
    /// </summary>
    public void ImportTickets(IReadOnlyCollection<Ticket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        if (tickets.Count == 0)
        {
            return;
        }

        var documents = tickets.Select(TicketDocument.From).ToList();
        var highest = documents
            .GroupBy(d => StorageFormat.CounterKey(StorageFormat.FromDay(d.ServiceDate), d.Prefix))
            .Select(g => (Key: g.Key, Day: g.First().ServiceDate, Prefix: g.First().Prefix, Last: g.Max(d => d.Sequence)))
            .ToList();
        Write(() =>
        {
            Collection<TicketDocument>(Tickets).InsertBulk(documents);
            var counters = Collection<CounterDocument>(Counters);
            foreach (var (key, day, prefix, last) in highest)
            {
                var stored = counters.FindById(key)?.LastSequence ?? 0;
                counters.Upsert(new CounterDocument { Id = key, ServiceDate = day, Prefix = prefix, LastSequence = Math.Max(stored, last) });
            }
        });
    }

    /// <summary>Called under <c>_gate</c>; creates the day index once per process (a no-op when it exists).</summary>
    private void EnsureReportIndexes()
    {
        if (_reportIndexesEnsured)
        {
            return;
        }

        Collection<DailyRollupDocument>(DailyRollups).EnsureIndex(d => d.Day);
        Checkpoint();
        _reportIndexesEnsured = true;
    }
}
