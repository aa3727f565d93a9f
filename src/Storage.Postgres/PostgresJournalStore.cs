using System.Globalization;
using MppQueue.Core;
using MppQueue.Storage.Documents;
using Npgsql;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// <see cref="IJournalStore"/> on PostgreSQL: reads the <c>journal</c> table that <see cref="PostgresTicketStore"/>
/// appends to in each move's transaction. An entry's id comes from an identity column; every appending transaction
/// first takes the journal's advisory lock, so ids follow the commit order and a reader that has seen id N never
/// later finds a committed entry below N (docs/adr/0021-postgresql-store.md).
/// </summary>
public sealed class PostgresJournalStore(PostgresDatabase database) : IJournalStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<JournalEntry> ReadJournal(long afterId, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return _database.Read(connection =>
        {
            using var command = Command(connection, "SELECT id, doc FROM journal WHERE id > $1 ORDER BY id LIMIT $2", afterId, max);
            using var reader = command.ExecuteReader();
            return Entries(reader);
        });
    }

    /// <summary>The journal entries of a reader over (id, doc) rows, in the reader's order.</summary>
    internal static List<JournalEntry> Entries(NpgsqlDataReader reader)
    {
        var entries = new List<JournalEntry>();
        while (reader.Read())
        {
            var document = FromJson<JournalDocument>(reader.GetString(1));
            document.Id = reader.GetInt64(0);
            entries.Add(document.ToEntry());
        }

        return entries;
    }

    public long LastJournalId() => _database.Read(LastId);

    public long JournalIdBefore(long sequence) => _database.Read(connection =>
        Scalar<long?>(connection, "SELECT id FROM journal WHERE sequence < $1 ORDER BY sequence DESC, id DESC LIMIT 1", sequence) ?? 0);

    public int PruneJournal(long upToId, DateTimeOffset before) => _database.Write(connection =>
    {
        // The newest entry always stays: its id and sequence carry on after a restart.
        _database.LockJournal(connection);
        var limit = Math.Min(upToId, LastId(connection) - 1);
        return Execute(connection, "DELETE FROM journal WHERE id <= $1 AND at_utc_ticks < $2", limit, before.UtcTicks);
    });

    /// <summary>
    /// Appends <paramref name="entries"/> in their order, in one statement added to the caller's write, and puts the site's
    /// journal lock first in that write (see <see cref="PostgresDatabase.LockJournal(PostgresBatch)"/>). With
    /// <paramref name="onlyWithUpdate"/> (an <c>UPDATE</c> over <paramref name="updateValues"/>, which take the first
    /// parameters), the update is made in the same statement and the entries are written only if it changed a row.
    /// </summary>
    /// <returns>The statement, whose <see cref="NpgsqlBatchCommand.RecordsAffected"/> counts the entries written; none without entries.</returns>
    internal static NpgsqlBatchCommand? Append(
        PostgresBatch batch,
        PostgresDatabase site,
        IReadOnlyList<JournalEntry>? entries,
        string? onlyWithUpdate = null,
        IReadOnlyList<object?>? updateValues = null)
    {
        if (entries is not { Count: > 0 })
        {
            return null;
        }

        site.LockJournal(batch);

        // The entries' ids come from the identity column in the order the rows are inserted: the order of n.
        var values = new List<object?>(updateValues ?? []);
        var rows = new List<string>(entries.Count);
        foreach (var entry in entries)
        {
            var document = JournalDocument.From(entry);
            var first = values.Count + 1;
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"({rows.Count}, ${first}::bigint, ${first + 1}::bigint, ${first + 2}::jsonb)"));
            values.Add(document.Sequence);
            values.Add(document.AtUtcTicks);
            values.Add(ToJson(document));
        }

        var (with, from) = onlyWithUpdate is null ? (string.Empty, string.Empty) : ($"WITH moved AS ({onlyWithUpdate} RETURNING id) ", "moved, ");
        return batch.Add(
            $"{with}INSERT INTO journal (sequence, at_utc_ticks, doc) SELECT e.sequence, e.at, e.doc FROM {from}(VALUES {string.Join(", ", rows)}) AS e (n, sequence, at, doc) ORDER BY e.n",
            [.. values]);
    }

    internal static long LastId(NpgsqlConnection connection) =>
        Scalar<long?>(connection, "SELECT max(id) FROM journal") ?? 0;
}
