using System.Collections.Concurrent;
using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

public sealed class LiteQueueStoreConcurrencyTests : IDisposable
{
    private const int Threads = 8;
    private const int Rounds = 84;

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("queue.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Writes_EightThreadsAtOnce_AllThereAfterReopen()
    {
        var prefixes = Enumerable.Range(0, Threads).Select(i => ((char)('A' + i)).ToString()).ToArray();
        var failures = new ConcurrentQueue<Exception>();
        using (var store = new LiteQueueStore(DataFile))
        {
            using var start = new Barrier(Threads);
            var workers = prefixes.Select(prefix => new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    for (var n = 1; n <= Rounds; n++)
                    {
                        var id = TicketId(prefix, n);
                        store.InsertTicket(TestData.Ticket(id, prefix, n), null);
                        store.SaveDeskState(new DeskState { DeskId = "desk-" + prefix, LastSequence = n });
                        store.SaveBooking(TestData.Booking("BK-" + id, id));
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            })).ToList();

            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
        }

        Assert.Empty(failures);
        using var reopened = new LiteQueueStore(DataFile);

        Assert.Equal(Threads * Rounds, reopened.LoadTickets(TestData.Day).Count);
        Assert.All(prefixes, p => Assert.Equal(Rounds, reopened.LastNumber(TestData.Day, p)));
        Assert.Equal(Threads, reopened.LoadDeskStates().Count);
        Assert.All(reopened.LoadDeskStates(), s => Assert.Equal(Rounds, s.LastSequence));
        var ids = prefixes.SelectMany(p => Enumerable.Range(1, Rounds).Select(n => TicketId(p, n))).ToList();
        Assert.All(ids, id => Assert.Equal(id, reopened.FindBooking("BK-" + id)?.TicketId));
        Assert.Equal(Rounds, reopened.LastSequence());
    }

    private static string TicketId(string prefix, int n) => prefix + "-" + n.ToString(CultureInfo.InvariantCulture);
}
