using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using static MppQueue.Storage.Tests.EngineLoad;

namespace MppQueue.Storage.Tests;

/// <summary>
/// The engine on a real LiteDB file under load: 8 kiosk threads issue 2,000 tickets while 10 desks call
/// next until the queue is empty. Nothing is issued twice, called twice or lost, before and after a reopen.
/// </summary>
public sealed class QueueEngineStressTests : IDisposable
{
    private const int Kiosks = 8;
    private const int Tickets = 1000;
    private const int DeskCount = 10;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void IssueAndCallNext_ManyThreadsAtOnce_EveryTicketIssuedOnceCalledOnceAndKept()
    {
        var path = _folder.File("stress.db");
        var (catalog, services, desks) = Site();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7)));
        var issued = new ConcurrentBag<Ticket>();
        var calls = new ConcurrentBag<(string Desk, string TicketId)>();
        var errors = new ConcurrentBag<Exception>();
        using (var store = new LiteQueueStore(path))
        {
            CatalogEditor.SeedIfEmpty(store, catalog);
            var engine = new QueueEngine(store, clock, new QueueNotifier());
            var issuing = 0;
            var kiosks = Enumerable.Range(0, Kiosks).Select(k => new Thread(() => Guard(errors, () =>
            {
                for (var i = k; i < Tickets; i += Kiosks)
                {
                    var priority = i % 7 == 0 ? PriorityGroup.Elderly : PriorityGroup.None;
                    issued.Add(engine.Issue(new IssueRequest(services[i % services.Length], priority, $"kiosk-{k}")));
                }

                Interlocked.Increment(ref issuing);
            }))).ToList();
            var counters = desks.Select(desk => new Thread(() => Guard(errors, () =>
                CallUntilDone(engine, desk, calls, () => Volatile.Read(ref issuing) == Kiosks && engine.WaitingForDesk(desk).Count == 0)))).ToList();

            kiosks.Concat(counters).ToList().ForEach(t => t.Start());
            kiosks.Concat(counters).ToList().ForEach(t => t.Join());

            Assert.Empty(errors);
            Assert.Equal(Tickets, issued.Count);
            Assert.Equal(Tickets, issued.Select(t => t.Number.ToString()).Distinct().Count());
            foreach (var prefix in issued.GroupBy(t => t.Number.Prefix))
            {
                Assert.Equal(Enumerable.Range(1, prefix.Count()), prefix.Select(t => t.Number.Sequence).Order());
            }

            Assert.Equal(Tickets, calls.Count);
            Assert.Equal(Tickets, calls.Select(c => c.TicketId).Distinct().Count());
        }

        using var reopened = new LiteQueueStore(path);
        var stored = reopened.LoadTickets(new DateOnly(2026, 11, 23));
        Assert.Equal(issued.Select(t => t.Id).Order(), stored.Select(t => t.Id).Order());
        Assert.All(stored, t =>
        {
            Assert.Equal(TicketStatus.Done, t.Status);
            Assert.Single(t.History, m => m.Kind == MoveKind.Call);
            Assert.Equal(calls.Single(c => c.TicketId == t.Id).Desk, t.DeskId);
        });
        var sequences = stored.SelectMany(t => t.History).Select(m => m.Sequence).ToList();
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.Equal(sequences.Max(), reopened.LastSequence());
    }

    /// <summary>The demo MPP with room for the whole load, and ten desks that serve KTP-el, KK and Akta.</summary>
    private static (SiteCatalog Catalog, string[] Services, string[] Desks) Site()
    {
        var demo = DemoMpp.Build();
        string[] services = ["ktp-el", "kartu-keluarga", "akta-kelahiran"];
        var roomy = services.Aggregate(demo.Services, (all, id) => all.SetItem(id, all[id] with { Quota = new DailyQuota(TicketNumber.MaxSequence) }));
        var desks = Enumerable.Range(1, DeskCount).Select(n => new Desk
        {
            Id = $"stress-{n:D2}",
            Number = 200 + n,
            Name = $"Loket {200 + n}",
            ZoneId = "zona-1",
            AgencyId = "disdukcapil",
            ServiceIds = [.. services],
        }).ToList();
        var catalog = demo with { Services = roomy, Desks = demo.Desks.AddRange(desks.Select(d => KeyValuePair.Create(d.Id, d))) };
        return (catalog, services, [.. desks.Select(d => d.Id)]);
    }
}
