using System.Net.Sockets;
using MppQueue.Core;
using Npgsql;

namespace MppQueue.Storage.Postgres;

/// <summary>
/// <see cref="ILeaderLease"/> on PostgreSQL: a session-level advisory lock held on a connection of its own (outside the
/// pool). The node that gets it is the leader for as long as that session answers a query every
/// <see cref="RetryEvery"/>; the others try again at that pace. When the leader stops (the session closes) or its
/// connection breaks (the server drops the session and its lock), another node takes the lock at its next try, and the
/// old leader, failing its next query, cancels its term. Until then both may act for a few seconds, which the work it
/// guards tolerates (each job keeps its own cursors and marks in the database).
/// </summary>
public sealed class PostgresLeaderLease : ILeaderLease, IDisposable
{
    /// <summary>How often a follower tries the lock and the leader checks that its session still answers.</summary>
    public static readonly TimeSpan DefaultRetry = TimeSpan.FromSeconds(5);

    // What the session-level lock only the site's leader holds is for: "LEAD".
    private const int LeaderLock = 0x4C45_4144;

    private readonly NpgsqlDataSource _source;
    private readonly long _lockKey;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource<CancellationToken> _held = New();
    private CancellationTokenSource? _term;
    private Task? _loop;

    public PostgresLeaderLease(PostgresDatabase database)
        : this(database, DefaultRetry)
    {
    }

    /// <param name="database">The database whose nodes contend.</param>
    /// <param name="retryEvery">How often to try the lock, and to check the session while holding it.</param>
    public PostgresLeaderLease(PostgresDatabase database, TimeSpan retryEvery)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retryEvery, TimeSpan.Zero);
        RetryEvery = retryEvery;
        _lockKey = database.LockKey(LeaderLock);
        _source = database.Unpooled(timeoutSeconds: Math.Max(1, (int)Math.Ceiling(retryEvery.TotalSeconds)));
    }

    public TimeSpan RetryEvery { get; }

    public bool IsLeader
    {
        get
        {
            lock (_gate)
            {
                return _term is { IsCancellationRequested: false };
            }
        }
    }

    public Task<CancellationToken> AcquireAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
            _loop ??= Task.Run(ContendAsync, CancellationToken.None);
            return _held.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Gives the lease up (closing its session releases the lock for another node at once).</summary>
    public void Dispose()
    {
        Task? loop;
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            _stopping.Cancel();
            loop = _loop;
        }

        loop?.Wait(TimeSpan.FromSeconds(10));
        _source.Dispose();
        _stopping.Dispose();
    }

    private static TaskCompletionSource<CancellationToken> New() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static bool Lost(Exception error) => error is NpgsqlException or TimeoutException or SocketException or IOException or InvalidOperationException;

    private async Task ContendAsync()
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var session = await _source.OpenConnectionAsync(stopping).ConfigureAwait(false);
                if (await TryLockAsync(session, stopping).ConfigureAwait(false))
                {
                    Win();
                    while (true)
                    {
                        await Task.Delay(RetryEvery, stopping).ConfigureAwait(false);
                        await PingAsync(session, stopping).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error) when (Lost(error))
            {
                // The server cannot be reached or dropped the session: not (or no longer) the leader; try again.
            }
            finally
            {
                Lose();
            }

            try
            {
                await Task.Delay(RetryEvery, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task<bool> TryLockAsync(NpgsqlConnection session, CancellationToken stopping)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", session);
        command.Parameters.Add(new NpgsqlParameter { Value = _lockKey });
        return await command.ExecuteScalarAsync(stopping).ConfigureAwait(false) is true;
    }

    private static async Task PingAsync(NpgsqlConnection session, CancellationToken stopping)
    {
        await using var command = new NpgsqlCommand("SELECT 1", session);
        await command.ExecuteScalarAsync(stopping).ConfigureAwait(false);
    }

    private void Win()
    {
        lock (_gate)
        {
            _term = new CancellationTokenSource();
            _held.TrySetResult(_term.Token);
        }
    }

    private void Lose()
    {
        CancellationTokenSource? ended;
        lock (_gate)
        {
            ended = _term;
            if (ended is null)
            {
                return;
            }

            _term = null;
            _held = New();
        }

        // Outside the lock: the term's work stops in its cancellation callbacks. The source is not disposed: the term's
        // token may still be linked to after this, and a source without a timer holds nothing to release.
        ended.Cancel();
    }
}
