using System.Collections.Concurrent;

namespace MppQueue.Counter.Console;

/// <summary>
/// Changes announced on another thread (the notice service's sending loop), handed to a circuit in the order they
/// were announced. Each change used to go to the circuit on a task of its own, and two changes of one notice close
/// together (failed on WhatsApp, then failed for good) could arrive the wrong way round, leaving the card on the older
/// state. Here a change is queued; the first change of a burst asks for one hand-off, which takes every change queued
/// by then, oldest first.
/// </summary>
public sealed class ChangeQueue<T>
{
    private readonly ConcurrentQueue<T> _changes = new();
    private int _handOffAsked;

    /// <summary>Queues a change; true when the caller must hand the queue to the circuit (no hand-off is pending).</summary>
    public bool Add(T change)
    {
        _changes.Enqueue(change);
        return Interlocked.Exchange(ref _handOffAsked, 1) == 0;
    }

    /// <summary>
    /// Takes every change queued so far, oldest first (on the circuit). A change queued while this runs is either
    /// taken now or asks for the next hand-off.
    /// </summary>
    public IReadOnlyList<T> TakeAll()
    {
        Volatile.Write(ref _handOffAsked, 0);
        var taken = new List<T>();
        while (_changes.TryDequeue(out var change))
        {
            taken.Add(change);
        }

        return taken;
    }
}
