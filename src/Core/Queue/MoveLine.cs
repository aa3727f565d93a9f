namespace MppQueue.Core;

/// <summary>
/// The line in front of the engine's <see cref="MoveGate"/> for callers that must not hold a thread while they wait
/// (an HTTP request, a page's button): they wait here without one, in arrival order, one at a time, and only the
/// caller whose turn it is takes a thread-pool thread into the gate. Hundreds of requests blocking pool threads on the
/// gate instead starve the pool that the store's own I/O may need to finish the move in the gate (seen with 400 kiosk
/// requests at once on PostgreSQL: each move stalled until the pool grew, and some timed out after 30 s).
/// </summary>
public sealed class MoveLine
{
    private readonly Lock _sync = new();
    private readonly Queue<TaskCompletionSource> _waiting = new();
    private bool _busy;

    /// <summary>
    /// Waits (without a thread) for this caller's turn in the line, then runs <paramref name="move"/> on the thread
    /// pool. A caller cancelled before its turn makes no move; once its move has started it is not cancelled.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<T> move, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(move);
        await WaitTurnAsync().ConfigureAwait(false);
        try
        {
            cancellation.ThrowIfCancellationRequested();
            return await Task.Run(move, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            Leave();
        }
    }

    private Task WaitTurnAsync()
    {
        lock (_sync)
        {
            if (!_busy)
            {
                _busy = true;
                return Task.CompletedTask;
            }

            // Continued on the pool, never inline in the caller that leaves (which still holds its request's thread).
            var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue(turn);
            return turn.Task;
        }
    }

    private void Leave()
    {
        lock (_sync)
        {
            if (_waiting.TryDequeue(out var next))
            {
                next.SetResult();
            }
            else
            {
                _busy = false;
            }
        }
    }
}
