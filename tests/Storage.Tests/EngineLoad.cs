using System.Collections.Concurrent;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>The threads of the engine load tests: kiosks and desks that record what they did and any error.</summary>
internal static class EngineLoad
{
    /// <summary>Runs a thread's work, keeping what it throws for the test to see.</summary>
    public static void Guard(ConcurrentBag<Exception> errors, Action work)
    {
        try
        {
            work();
        }
        catch (Exception ex)
        {
            errors.Add(ex);
        }
    }

    /// <summary>A desk calling and finishing one visitor after another until nothing is waiting and <paramref name="done"/> says no more will come.</summary>
    public static void CallUntilDone(QueueEngine engine, string desk, ConcurrentBag<(string Desk, string TicketId)> calls, Func<bool> done)
    {
        while (true)
        {
            try
            {
                var called = engine.CallNext(desk);
                calls.Add((desk, called.Id));
                engine.Finish(desk, called.Id);
            }
            catch (QueueException ex) when (ex.Code == QueueErrorCode.NothingWaiting)
            {
                if (done())
                {
                    return;
                }

                Thread.Sleep(1);
            }
        }
    }
}
