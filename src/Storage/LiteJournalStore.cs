using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.CollectionNames;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IJournalStore"/> on a <see cref="LiteFile"/>: reads the <c>journal</c> collection that
/// <see cref="LiteTicketStore"/> appends to in each move's transaction (docs/adr/0016-journal-and-webhooks.md).
/// </summary>
public sealed class LiteJournalStore(LiteFile file) : IJournalStore
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    public IReadOnlyList<JournalEntry> ReadJournal(long afterId, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return _file.Read<IReadOnlyList<JournalEntry>>(() =>
            [.. _file.Collection<JournalDocument>(Journal).Find(LiteWhere.Greater("_id", afterId), skip: 0, limit: max).Select(d => d.ToEntry())]);
    }

    public long LastJournalId() => _file.Read(() => LastId(_file));

    public long JournalIdBefore(long sequence) => _file.Read(() =>
        _file.Collection<JournalDocument>(Journal).Query()
            .Where(d => d.Sequence < sequence)
            .OrderByDescending(d => d.Sequence)
            .Limit(1)
            .FirstOrDefault()?.Id ?? 0);

    public int PruneJournal(long upToId, DateTimeOffset before)
    {
        var removed = 0;
        _file.Write(() =>
        {
            // The newest entry always stays: its id and sequence carry on after a restart.
            var last = LastId(_file);
            var limit = Math.Min(upToId, last - 1);
            var cutoff = before.UtcTicks;
            removed = _file.Collection<JournalDocument>(Journal).DeleteMany(d => d.Id <= limit && d.AtUtcTicks < cutoff);
        });
        return removed;
    }

    /// <summary>The newest entry's id (0 when none); only under the file's lock.</summary>
    internal static long LastId(LiteFile file) =>
        file.Collection<JournalDocument>(Journal).Find(Query.All("_id", Query.Descending), skip: 0, limit: 1).FirstOrDefault()?.Id ?? 0;

    /// <summary>The newest entry's engine sequence (0 when none); only under the file's lock.</summary>
    internal static long LastSequence(LiteFile file) =>
        file.Collection<JournalDocument>(Journal).Find(Query.All(nameof(JournalDocument.Sequence), Query.Descending), skip: 0, limit: 1).FirstOrDefault()?.Sequence ?? 0;

    /// <summary>Appends entries inside the caller's write (the move's transaction).</summary>
    internal static void Append(LiteFile file, IReadOnlyList<JournalEntry>? entries)
    {
        if (entries is not { Count: > 0 })
        {
            return;
        }

        var journal = file.Collection<JournalDocument>(Journal);
        foreach (var entry in entries)
        {
            journal.Insert(JournalDocument.From(entry));
        }
    }
}
