using MppQueue.Core;
using Npgsql;
using static MppQueue.Storage.Postgres.PostgresDatabase;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// The connection on which a node listens to its site's channel (<see cref="PostgresMoveScopes.Channel"/>) and the thread
/// that acts on what it hears from the other nodes: a move (the engine reads the journal), a changed configuration, or
/// another shared change (<see cref="SharedChange"/>). It listens from the moment it is made, so that the owner can read
/// the journal's end afterwards and miss nothing in between; every <c>safetyInterval</c> without a notice it wakes the
/// engine anyway, in case one was lost, and a lost connection is opened again (everything is then read once more).
/// </summary>
internal sealed class PostgresSiteListener : IDisposable
{
    // The start of a notice's payload that says the site's configuration changed (followed by the node).
    internal const string CatalogNotice = "catalog:";

    // The start of a notice's payload that says what else changed (followed by the node), one per SharedChange.
    private const string AccountsNotice = "accounts:";
    private const string WebhooksNotice = "webhooks:";

    private static readonly TimeSpan Listening = TimeSpan.FromSeconds(1);

    private readonly PostgresDatabase _database;
    private readonly string _channel;
    private readonly string _node;
    private readonly TimeSpan _safetyInterval;
    private readonly Wakes _woken = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly NpgsqlConnection _connection;
    private Thread? _thread;

    /// <summary>Opens the listening connection for the node <paramref name="node"/> (its own notices are not heard).</summary>
    public PostgresSiteListener(PostgresDatabase database, string channel, string node, TimeSpan safetyInterval)
    {
        _database = database;
        _channel = channel;
        _node = node;
        _safetyInterval = safetyInterval;
        _connection = Open();
    }

    /// <summary>The start of the payload of a notice of <paramref name="change"/>.</summary>
    public static string NoticeOf(SharedChange change) => change switch
    {
        SharedChange.Accounts => AccountsNotice,
        SharedChange.Webhooks => WebhooksNotice,
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "Not a change the nodes tell each other of."),
    };

    /// <summary>Starts acting on what is heard, on a thread of its own, until disposed.</summary>
    public void Run(Action othersMoved, Action catalogChanged, Action<IEnumerable<SharedChange>> changed)
    {
        _thread = new Thread(() => Listen(othersMoved, catalogChanged, changed)) { IsBackground = true, Name = "MppQueue other nodes' moves" };
        _thread.Start();
    }

    public void Dispose()
    {
        _stop.Cancel();
        if (_thread is null)
        {
            _connection.Dispose();
            _stop.Dispose();
            return;
        }

        // A thread still busy (waiting for the engine's gate) finds the source cancelled, never disposed, when it is back.
        if (_thread.Join(Listening * 3))
        {
            _stop.Dispose();
        }
    }

    /// <summary>
    /// The session of this node's listener (0 while it has none): the other listeners of the site are the sessions
    /// named after the channel but this one (<see cref="PostgresMoveScopes"/> tells them of a move only if there are any).
    /// </summary>
    public int Session => Volatile.Read(ref _session);

    private int _session;

    /// <summary>
    /// A connection that listens on the channel and marks a notice from another node. Its session is named after the
    /// channel first (a node that then looks for listeners finds it), then listens, and only then does the owner read
    /// the journal: a move is either told to it or already in what it reads.
    /// </summary>
    private NpgsqlConnection Open()
    {
        var connection = _database.OpenOwn();
        try
        {
            connection.Notification += (_, e) => Mark(e.Payload);
            Execute(connection, "SELECT set_config('application_name', $1, false)", _channel);
            Execute(connection, "LISTEN " + _channel);
            Volatile.Write(ref _session, connection.ProcessID);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Mark(string payload)
    {
        if (payload.EndsWith(_node, StringComparison.Ordinal))
        {
            return;
        }

        if (payload.StartsWith(CatalogNotice, StringComparison.Ordinal))
        {
            _woken.Catalog = true;
        }
        else if (payload.StartsWith(AccountsNotice, StringComparison.Ordinal))
        {
            _woken.Changes.Add(SharedChange.Accounts);
        }
        else if (payload.StartsWith(WebhooksNotice, StringComparison.Ordinal))
        {
            _woken.Changes.Add(SharedChange.Webhooks);
        }
        else
        {
            _woken.Moves = true;
        }
    }

    private void Listen(Action othersMoved, Action catalogChanged, Action<IEnumerable<SharedChange>> changed)
    {
        NpgsqlConnection? connection = _connection;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                if (connection is null)
                {
                    connection = Open();

                    // What changed while no connection listened.
                    catalogChanged();
                    changed(Enum.GetValues<SharedChange>());
                    othersMoved();
                }

                var quiet = TimeSpan.Zero;
                while (!_stop.IsCancellationRequested)
                {
                    if (!connection.Wait(Listening))
                    {
                        quiet += Listening;
                    }

                    if (_woken.Catalog)
                    {
                        _woken.Catalog = false;
                        catalogChanged();
                    }

                    if (_woken.Changes.Count > 0)
                    {
                        var changes = _woken.Changes.ToList();
                        _woken.Changes.Clear();
                        changed(changes);
                    }

                    if (_woken.Moves || quiet >= _safetyInterval)
                    {
                        _woken.Moves = false;
                        quiet = TimeSpan.Zero;
                        othersMoved();
                    }
                }
            }
#pragma warning disable CA1031 // A lost connection or a failed catch-up is tried again; the next move catches up anyway.
            catch (Exception) when (!_stop.IsCancellationRequested)
            {
                Volatile.Write(ref _session, 0);
                connection?.Dispose();
                connection = null;
                _stop.Token.WaitHandle.WaitOne(Listening);
            }
            catch (Exception)
            {
                break;
            }
#pragma warning restore CA1031
        }

        connection?.Dispose();
    }

    /// <summary>What the notices heard ask for (set by the connection's notification handler and cleared by the thread, both on the thread).</summary>
    private sealed class Wakes
    {
        public bool Moves { get; set; }

        public bool Catalog { get; set; }

        public HashSet<SharedChange> Changes { get; } = [];
    }
}
