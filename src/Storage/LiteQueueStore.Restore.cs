using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// What a restore carries from the database it replaces into the backup it puts back: every day's last issued number
/// per prefix and the move sequence, so that no number and no sequence is handed out twice (see
/// <see cref="DataFileRestore"/>).
/// </summary>
public sealed partial class LiteQueueStore
{
    private const string Marks = "marks";
    private const string SequenceFloor = "sequence-floor";

    /// <summary>Every number counter: the last number issued under a prefix on a service day.</summary>
    public IReadOnlyList<NumberCounter> LoadNumberCounters()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return [.. Collection<CounterDocument>(Counters).FindAll()
                .Select(c => new NumberCounter(StorageFormat.FromDay(c.ServiceDate), c.Prefix, c.LastSequence))];
        }
    }

    /// <summary>
    /// Raises counters and the move sequence to at least the given values, never lowering one, in one transaction.
    /// </summary>
    public void RaiseNumbering(IEnumerable<NumberCounter> counters, long sequence)
    {
        ArgumentNullException.ThrowIfNull(counters);
        var list = counters.ToList();
        Write(() =>
        {
            var stored = Collection<CounterDocument>(Counters);
            foreach (var counter in list)
            {
                var key = StorageFormat.CounterKey(counter.Day, counter.Prefix);
                var last = stored.FindById(key)?.LastSequence ?? 0;
                if (counter.Last > last)
                {
                    stored.Upsert(new CounterDocument { Id = key, ServiceDate = StorageFormat.ToDay(counter.Day), Prefix = counter.Prefix, LastSequence = counter.Last });
                }
            }

            var marks = Collection<MarkDocument>(Marks);
            var floor = marks.FindById(SequenceFloor)?.Value ?? 0;
            if (sequence > floor)
            {
                marks.Upsert(new MarkDocument { Id = SequenceFloor, Value = sequence });
            }
        });
    }

    // Called under _gate: the sequence a restore carried over, below which no new move may be numbered.
    private long SequenceFloorValue() => Collection<MarkDocument>(Marks).FindById(SequenceFloor)?.Value ?? 0;
}
