using System.Diagnostics;
using MppQueue.Core;

namespace MppQueue.Bench;

/// <summary>A desk that calls next and finishes, as fast as the engine lets it, until nothing is waiting.</summary>
internal static class DeskLoop
{
    /// <summary>
    /// Calls next at <paramref name="desk"/> through <paramref name="engine"/> and finishes each call, timing every
    /// call-next into <paramref name="latencies"/> and telling <paramref name="called"/> of each ticket, until the engine
    /// says nothing is waiting (with several nodes: after catching up with the others, so none is left).
    /// </summary>
    public static void CallUntilEmpty(QueueEngine engine, string desk, Latencies latencies, Action<Ticket>? called = null)
    {
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            Ticket ticket;
            try
            {
                ticket = engine.CallNext(desk);
            }
            catch (QueueException ex) when (ex.Code == QueueErrorCode.NothingWaiting)
            {
                return;
            }

            latencies.Add(Stopwatch.GetElapsedTime(started));
            called?.Invoke(ticket);
            engine.Finish(desk, ticket.Id);
        }
    }
}
