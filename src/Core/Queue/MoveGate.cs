namespace MppQueue.Core;

/// <summary>
/// The engine's gate for moves: one move at a time, served strictly in the order the moves arrived (a ticket lock),
/// so that no officer's press waits behind presses that came after it. It is not re-entrant: a listener that tries to
/// make a move while the engine is telling it about another gets an error, not a deadlock. Readers never pass it: they
/// read the published <see cref="TodaySnapshot"/>.
/// </summary>
public sealed class MoveGate
{
    private readonly object _sync = new();
    private long _next;
    private long _serving;
    private int _owner;

    /// <summary>Whether the calling thread is inside the gate now (a listener called during a move).</summary>
    public bool IsHeldByCurrentThread => Volatile.Read(ref _owner) == Environment.CurrentManagedThreadId;

    /// <summary>Waits for this caller's turn; dispose the result to let the next one in.</summary>
    public Turn Enter()
    {
        if (IsHeldByCurrentThread)
        {
            throw new InvalidOperationException("A move was started from inside another move (a queue listener must hand events on, not make moves).");
        }

        lock (_sync)
        {
            var mine = _next++;
            while (mine != _serving)
            {
                Monitor.Wait(_sync);
            }
        }

        Volatile.Write(ref _owner, Environment.CurrentManagedThreadId);
        return new Turn(this);
    }

    private void Exit()
    {
        Volatile.Write(ref _owner, 0);
        lock (_sync)
        {
            _serving++;
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>One caller's turn inside the gate.</summary>
    public readonly struct Turn : IDisposable
    {
        private readonly MoveGate? _gate;

        internal Turn(MoveGate gate) => _gate = gate;

        public void Dispose() => _gate?.Exit();
    }
}
