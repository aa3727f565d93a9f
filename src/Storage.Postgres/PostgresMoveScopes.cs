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
/// end is noted as applied and, when the move wrote, a notice on <see cref="Channel"/> goes out with the commit. A
/// listener on a connection of its own wakes the engine on other nodes' notices, and every few seconds in case one was lost.
/// </summary>
public sealed class PostgresMoveScopes(PostgresDatabase database) : IMoveScopes, IDisposable
{
    /// <summary>The channel that tells the other nodes a move was committed (the payload names the node).</summary>
    public const string Channel = "mppqueue_moves";

    // The key of the site's move lock (one site for now; per site once the tables have a site id).
    internal const long SiteLockKey = 0x4D50_5151_5349_5445; // "MPQQSITE"

    private static readonly TimeSpan Listening = TimeSpan.FromSeconds(1);

    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly CancellationTokenSource _stop = new();
    private Thread? _listener;

    // The last journal id this node has applied; read and written only inside the engine's gate.
    private long _applied;

    /// <summary>How often the node looks at the journal without a notice (a safety net for a lost one).</summary>
    public TimeSpan SafetyInterval { get; init; } = TimeSpan.FromSeconds(5);

    public void Start(Action othersMoved)
    {
        ArgumentNullException.ThrowIfNull(othersMoved);
        if (_listener is not null)
        {
            throw new InvalidOperationException("The node is already following the others.");
        }

        _applied = _database.Read(LastId);
        _listener = new Thread(() => Listen(othersMoved)) { IsBackground = true, Name = "MppQueue other nodes' moves" };
        _listener.Start();
    }

    public IMoveScope Enter()
    {
        var connection = _database.Open();
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = connection.BeginTransaction();
            Execute(connection, "SELECT pg_advisory_xact_lock($1)", SiteLockKey);
            var missed = ReadAfter(connection, _applied);
            if (missed.Count > 0)
            {
                _applied = missed[^1].Id;
            }

            return new Scope(this, connection, transaction, missed);
        }
        catch
        {
            transaction?.Dispose();
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
        _stop.Cancel();
        _listener?.Join(Listening * 3);
        _stop.Dispose();
    }

    private static List<JournalEntry> ReadAfter(NpgsqlConnection connection, long afterId)
    {
        using var command = Command(connection, "SELECT id, doc FROM journal WHERE id > $1 ORDER BY id", afterId);
        using var reader = command.ExecuteReader();
        var entries = new List<JournalEntry>();
        while (reader.Read())
        {
            var document = FromJson<JournalDocument>(reader.GetString(1));
            document.Id = reader.GetInt64(0);
            entries.Add(document.ToEntry());
        }

        return entries;
    }

    private static long LastId(NpgsqlConnection connection) => Scalar<long?>(connection, "SELECT max(id) FROM journal") ?? 0;

    private void Listen(Action othersMoved)
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var connection = _database.Open();
                var woken = false;
                connection.Notification += (_, e) => woken |= e.Payload != _node;
                Execute(connection, "LISTEN " + Channel);
                var quiet = TimeSpan.Zero;
                othersMoved(); // What was committed while this connection was not listening.
                while (!_stop.IsCancellationRequested)
                {
                    if (!connection.Wait(Listening))
                    {
                        quiet += Listening;
                    }

                    if (woken || quiet >= SafetyInterval)
                    {
                        woken = false;
                        quiet = TimeSpan.Zero;
                        othersMoved();
                    }
                }
            }
#pragma warning disable CA1031 // A lost connection or a failed catch-up is tried again; the next move catches up anyway.
            catch (Exception) when (!_stop.IsCancellationRequested)
            {
                _stop.Token.WaitHandle.WaitOne(Listening);
            }
            catch (Exception)
            {
                return;
            }
#pragma warning restore CA1031
        }
    }

    private sealed class Scope(PostgresMoveScopes owner, NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<JournalEntry> missed) : IMoveScope
    {
        public IReadOnlyList<JournalEntry> Missed => missed;

        public void Dispose()
        {
            try
            {
                // The move's writes have committed on their own connections: what is in the journal now is this node's.
                var head = LastId(connection);
                if (head > owner._applied)
                {
                    owner._applied = head;
                    Execute(connection, "SELECT pg_notify($1, $2)", Channel, owner._node);
                }

                transaction.Commit();
            }
            finally
            {
                transaction.Dispose();
                connection.Dispose();
            }
        }
    }
}
