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
    private readonly Queue<Waiter> _waiting = new();
    private bool _held;
    private int _owner;

    /// <summary>Whether the calling thread is inside the gate now (a listener called during a move).</summary>
    public bool IsHeldByCurrentThread => Volatile.Read(ref _owner) == Environment.CurrentManagedThreadId;

    /// <summary>Waits for this caller's turn; dispose the result to let the next one in.</summary>
    /// <remarks>
    /// The gate is handed from one move straight to the next in line: leaving wakes exactly that one waiter (never
    /// all of them to find out whose turn it is), so a busy gate costs one wake-up per move however many desks wait.
    /// </remarks>
    public Turn Enter()
    {
        if (IsHeldByCurrentThread)
        {
            throw new InvalidOperationException("A move was started from inside another move (a queue listener must hand events on, not make moves).");
        }

        Waiter? waiter = null;
        lock (_sync)
        {
            if (_held)
            {
                waiter = new Waiter();
                _waiting.Enqueue(waiter);
            }
            else
            {
                _held = true;
            }
        }

        if (waiter is not null)
        {
            // Told by the move before this one as it leaves: the gate is this caller's from then on.
            lock (waiter)
            {
                while (!waiter.Go)
                {
                    Monitor.Wait(waiter);
                }
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
            if (_waiting.TryDequeue(out var next))
            {
                lock (next)
                {
                    next.Go = true;
                    Monitor.Pulse(next);
                }
            }
            else
            {
                _held = false;
            }
        }
    }

    private sealed class Waiter
    {
        public bool Go { get; set; }
    }

    /// <summary>One caller's turn inside the gate.</summary>
    public readonly struct Turn : IDisposable
    {
        private readonly MoveGate? _gate;

        internal Turn(MoveGate gate) => _gate = gate;

        public void Dispose() => _gate?.Exit();
    }
}
