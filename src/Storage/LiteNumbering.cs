using MppQueue.Storage.Documents;
using static MppQueue.Storage.CollectionNames;

namespace MppQueue.Storage;

/// <summary>
/// What a restore carries from the database it replaces into the backup it puts back: every day's last issued number
/// per prefix and the move sequence, so that no number and no sequence is handed out twice (see
/// <see cref="DataFileRestore"/>). The sequence a restore carried over is a floor under
/// <see cref="LiteTicketStore.LastSequence"/>.
/// </summary>
internal sealed class LiteNumbering(LiteFile file)
{
    private const string SequenceFloorId = "sequence-floor";

    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    /// <summary>Every number counter: the last number issued under a prefix on a service day.</summary>
    public IReadOnlyList<NumberCounter> LoadNumberCounters() => _file.Read<IReadOnlyList<NumberCounter>>(() =>
        [.. _file.Collection<CounterDocument>(Counters).FindAll()
            .Select(c => new NumberCounter(StorageFormat.FromDay(c.ServiceDate), c.Prefix, c.LastSequence))]);

    /// <summary>
    /// Raises counters and the move sequence to at least the given values, never lowering one, in one transaction.
    /// </summary>
    public void RaiseNumbering(IEnumerable<NumberCounter> counters, long sequence)
    {
        ArgumentNullException.ThrowIfNull(counters);
        var list = counters.ToList();
        _file.Write(() =>
        {
            var stored = _file.Collection<CounterDocument>(Counters);
            foreach (var counter in list)
            {
                var key = StorageFormat.CounterKey(counter.Day, counter.Prefix);
                var last = stored.FindById(key)?.LastSequence ?? 0;
                if (counter.Last > last)
                {
                    stored.Upsert(new CounterDocument { Id = key, ServiceDate = StorageFormat.ToDay(counter.Day), Prefix = counter.Prefix, LastSequence = counter.Last });
                }
            }

            var marks = _file.Collection<MarkDocument>(Marks);
            var floor = marks.FindById(SequenceFloorId)?.Value ?? 0;
            if (sequence > floor)
            {
                marks.Upsert(new MarkDocument { Id = SequenceFloorId, Value = sequence });
            }
        });
    }

    /// <summary>Called under the file's lock: the sequence below which no new move may be numbered (0 when never restored).</summary>
    internal static long SequenceFloor(LiteFile file) =>
        file.Collection<MarkDocument>(Marks).FindById(SequenceFloorId)?.Value ?? 0;
}
