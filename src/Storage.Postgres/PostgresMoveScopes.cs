using MppQueue.Core;
using MppQueue.Storage.Documents;
using Npgsql;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// <see cref="IMoveScopes"/> on PostgreSQL: several nodes serve one site from one database
/// (docs/adr/0022-two-nodes-one-database.md). A move's scope is a transaction on a connection of its own that holds the
/// site's transaction-level advisory lock, so one node moves at a time and a node that dies lets go with its connection;
/// inside it the engine first reads the journal entries other nodes committed after the last one this node applied, then
/// makes its move (its writes commit on their own connections, as on one node), and when the scope ends the journal's
/// end is noted as applied and, when the move wrote and another node of the site listens (its listener's session is
/// named after the channel), a notice on <see cref="Channel"/> goes out with the commit. A
/// listener on a connection of its own (<see cref="PostgresSiteListener"/>) wakes the engine on other nodes' notices, and
/// every few seconds in case one was lost. The same channel carries the other changes every node keeps a copy of
/// (<see cref="ISharedChanges"/>: accounts, webhook subscriptions), heard by the same listener.
/// </summary>
public sealed class PostgresMoveScopes(PostgresDatabase database) : IMoveScopes, ISharedChanges, IDisposable
{
    /// <summary>The start of the channel that tells a site's other nodes a move was committed (the payload names the node).</summary>
    public const string ChannelPrefix = "mppqueue_moves";

    // What the site's move lock is for: "SITE" (its key also names the site's schema).
    internal const int MoveLock = 0x5349_5445;

    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly long _moveLockKey = database.LockKey(MoveLock);
    private PostgresSiteListener? _listener;
    private int _disposed;

    // Who wants to hear of which change (called on the listener's thread).
    private readonly Lock _subscribersGate = new();
    private readonly Dictionary<SharedChange, List<Action>> _subscribers = [];

    // The last journal id this node has applied; read and written only inside the engine's gate.
    private long _applied;

    /// <summary>
    /// The site's channel: <see cref="ChannelPrefix"/> and, for a site in a schema of its own, <c>_</c> and the schema, so
    /// that a node hears only its own site's moves.
    /// </summary>
    public string Channel => Of(_database);

    /// <summary>The channel of the site in <paramref name="site"/>'s schema (see <see cref="Channel"/>).</summary>
    public static string Of(PostgresDatabase site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Schema == DefaultSchema ? ChannelPrefix : ChannelPrefix + "_" + site.Schema;
    }

    /// <summary>How often the node looks at the journal without a notice (a safety net for a lost one).</summary>
    public TimeSpan SafetyInterval { get; init; } = TimeSpan.FromSeconds(5);

    public void Start(Action othersMoved, Action catalogChanged)
    {
        ArgumentNullException.ThrowIfNull(othersMoved);
        ArgumentNullException.ThrowIfNull(catalogChanged);
        if (_listener is not null)
        {
            throw new InvalidOperationException("The node is already following the others.");
        }

        // Listening before the journal's end is read: a move committed in between is both heard and read, never neither.
        var listener = new PostgresSiteListener(_database, Channel, _node, SafetyInterval);
        try
        {
            _applied = _database.Read(PostgresJournalStore.LastId);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        listener.Run(othersMoved, catalogChanged, Tell);
        _listener = listener;
    }

    public IMoveScope Enter()
    {
        var connection = _database.Open();
        try
        {
            var missed = BeginLockAndReadAfter(connection, _applied);
            if (missed.Count > 0)
            {
                _applied = missed[^1].Id;
            }

            return new Scope(this, connection, missed);
        }
        catch
        {
            // A connection back in the pool inside a transaction is rolled back there (the lock with it).
            connection.Dispose();
            throw;
        }
    }

    public IReadOnlyList<JournalEntry> ReadMissed()
    {
        // Journal ids follow the commit order (every append takes the journal's lock), so reading past the last id
        // applied without the site's lock misses nothing.
        var missed = _database.Read(connection => ReadAfter(connection, _applied));
        if (missed.Count > 0)
        {
            _applied = missed[^1].Id;
        }

        return missed;
    }

    public void Dispose()
    {
        // Registered as a move scope and as shared changes: the container may dispose it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _listener?.Dispose();
    }

    private const string ReadAfterSql = "SELECT id, doc FROM journal WHERE id > $1 ORDER BY id";

    /// <summary>
    /// Opens the scope's transaction, waits for the site's lock and reads what came after <paramref name="afterId"/>, in
    /// one round trip. The transaction is begun and ended by statements (not an <see cref="NpgsqlTransaction"/>) so that
    /// its end can share a round trip with the notice (<see cref="Scope.Dispose"/>).
    /// </summary>
    private List<JournalEntry> BeginLockAndReadAfter(NpgsqlConnection connection, long afterId)
    {
        using var batch = new PostgresBatch(connection);
        batch.Add("BEGIN");
        batch.Add("SELECT pg_advisory_xact_lock($1)", _moveLockKey);
        batch.Add(ReadAfterSql, afterId);

        // The reader skips what returns no rows (BEGIN): it starts on the lock's row, and the next result is the journal's.
        using var reader = batch.Query();
        reader.NextResult();
        return PostgresJournalStore.Entries(reader);
    }

    private static List<JournalEntry> ReadAfter(NpgsqlConnection connection, long afterId)
    {
        using var command = Command(connection, ReadAfterSql, afterId);
        using var reader = command.ExecuteReader();
        return PostgresJournalStore.Entries(reader);
    }

    public void AnnounceCatalogChanged() =>
        _database.Read(connection => Execute(connection, "SELECT pg_notify($1, $2)", Channel, PostgresSiteListener.CatalogNotice + _node));

    public void Announce(SharedChange change) =>
        _database.Read(connection => Execute(connection, "SELECT pg_notify($1, $2)", Channel, PostgresSiteListener.NoticeOf(change) + _node));

    public void Subscribe(SharedChange change, Action changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        lock (_subscribersGate)
        {
            if (!_subscribers.TryGetValue(change, out var list))
            {
                list = [];
                _subscribers[change] = list;
            }

            list.Add(changed);
        }
    }

    /// <summary>Tells this node's subscribers of <paramref name="changes"/> (on the listener's thread); a failing one does not keep the others from hearing.</summary>
    private void Tell(IEnumerable<SharedChange> changes)
    {
        foreach (var change in changes)
        {
            Action[] subscribers;
            lock (_subscribersGate)
            {
                subscribers = _subscribers.TryGetValue(change, out var list) ? [.. list] : [];
            }

            foreach (var subscriber in subscribers)
            {
#pragma warning disable CA1031 // A subscriber that fails (its store unreachable) reads again at the next notice or reconnection.
                try
                {
                    subscriber();
                }
                catch (Exception)
                {
                }
#pragma warning restore CA1031
            }
        }
    }

    private sealed class Scope(PostgresMoveScopes owner, NpgsqlConnection connection, IReadOnlyList<JournalEntry> missed) : IMoveScope
    {
        public IReadOnlyList<JournalEntry> Missed => missed;

        public void Dispose()
        {
            try
            {
                // The move's writes have committed on their own connections: what is in the journal now is this node's.
                // One round trip: the journal's end; a notice, only when the move wrote to the journal and another node
                // of the site listens (PostgreSQL wakes every listening session of the database for each notice, those
                // of the other sites included: with 20 sites that was about 40% of a ticket's CPU); and the commit,
                // which sends the notice and lets go of the site's lock. The commit does not wait for a flush to disk:
                // it wrote nothing but the notice (the move's writes were flushed with their own commits), and
                // PostgreSQL lets one notifying transaction of the whole server commit at a time, so a flush there
                // would queue every site's moves behind each other's disk writes.
                using var batch = new PostgresBatch(connection);
                batch.Add("SET LOCAL synchronous_commit TO off");
                batch.Add(
                    """
                    SELECT head, CASE WHEN head > $3 AND EXISTS (
                        SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND pid <> $4)
                    THEN (SELECT true FROM pg_notify($1, $2)) END
                    FROM (SELECT max(id) AS head FROM journal) AS journal_end
                    """,
                    owner.Channel,
                    owner._node,
                    owner._applied,
                    owner._listener?.Session ?? 0);
                batch.Add("COMMIT");
                using (var reader = batch.Query())
                {
                    if (reader.Read() && !reader.IsDBNull(0) && reader.GetInt64(0) > owner._applied)
                    {
                        owner._applied = reader.GetInt64(0);
                    }

                    // The commit's answer: a commit that failed throws here.
                    reader.NextResult();
                }
            }
            finally
            {
                connection.Dispose();
            }
        }
    }
}
