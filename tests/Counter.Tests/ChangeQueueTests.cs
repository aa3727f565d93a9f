using System.Collections.Concurrent;
using MppQueue.Counter.Console;

namespace MppQueue.Counter.Tests;

/// <summary>Changes from another thread reach the circuit in the order announced, none lost, none twice.</summary>
public class ChangeQueueTests
{
    [Fact]
    public void ABurst_AsksForOneHandOff_WhichTakesItOldestFirst_ThenTheNextChangeAsksAgain()
    {
        var queue = new ChangeQueue<string>();

        Assert.True(queue.Add("failed on WhatsApp"));
        Assert.False(queue.Add("failed for good"));
        Assert.Equal(["failed on WhatsApp", "failed for good"], queue.TakeAll());
        Assert.Empty(queue.TakeAll());
        Assert.True(queue.Add("delivered"));
    }

    [Fact]
    public async Task TwoAnnouncersAndHandOffsOnTheThreadPool_EveryChangeArrivesOnce_EachAnnouncersInOrder()
    {
        const int PerAnnouncer = 20_000;
        var queue = new ChangeQueue<(int Announcer, int Order)>();
        var circuit = new object();
        var arrived = new List<(int Announcer, int Order)>();
        var handOffs = new ConcurrentBag<Task>();

        // As the card does: the change that asks for a hand-off starts one on the thread pool, which takes the queue
        // on the circuit (one at a time). No final take: a change left in the queue would be a change lost.
        void Announce(int announcer)
        {
            for (var order = 0; order < PerAnnouncer; order++)
            {
                if (queue.Add((announcer, order)))
                {
                    handOffs.Add(Task.Run(() =>
                    {
                        lock (circuit)
                        {
                            arrived.AddRange(queue.TakeAll());
                        }
                    }));
                }
            }
        }

        await Task.WhenAll(Task.Run(() => Announce(1)), Task.Run(() => Announce(2)));
        await Task.WhenAll(handOffs);

        Assert.Equal(2 * PerAnnouncer, arrived.Count);
        foreach (var announcer in new[] { 1, 2 })
        {
            Assert.Equal(Enumerable.Range(0, PerAnnouncer), arrived.Where(a => a.Announcer == announcer).Select(a => a.Order));
        }
    }
}
