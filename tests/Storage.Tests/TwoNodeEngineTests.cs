using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.PostgresTesting;
using MppQueue.Storage.Postgres;
using Npgsql;
using static MppQueue.Storage.Tests.EngineLoad;

namespace MppQueue.Storage.Tests;

/// <summary>
/// Two nodes serving one site from one PostgreSQL database, each with its own connection pool, engine and move scopes
/// (docs/adr/0022-two-nodes-one-database.md): kiosks and desks on both at once never get a number twice or call a
/// ticket twice, and what one node does (a move, an edit of the configuration) reaches the other's picture of today
/// without a move there.
/// </summary>
public sealed class TwoNodeEngineTests : IDisposable
{
    private const int KiosksPerNode = 4;
    private const int Tickets = 200;
    private const int DesksPerNode = 3;
    private static readonly string[] Services = ["ktp-el", "kartu-keluarga", "akta-kelahiran"];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7)));
    private readonly List<IDisposable> _owned = [];

    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }
    }

    [Fact]
    public void NodeWithAClockBehind_CallsATicketOfTheOther_NotBeforeItWasIssued()
    {
        var behind = new FakeTimeProvider(_clock.GetUtcNow().AddMinutes(-2));
        var (a, b, store) = TwoNodes("nodes-clocks", clockOfB: behind);
        var issued = a.Issue(new IssueRequest("ktp-el"));

        var called = b.CallNext(Site().Desks.Keys.First(d => d.StartsWith("node-", StringComparison.Ordinal)));

        Assert.Equal(issued.Id, called.Id);
        Assert.Equal(issued.History[0].At, called.CalledAt);
        Assert.Equal(issued.History[0].At, store.LoadTickets(new DateOnly(2026, 11, 23)).Single().History[^1].At);
    }

    [Fact]
    public void IssueAndCallNext_OnBothNodesAtOnce_EveryTicketIssuedOnceCalledOnceAndKept()
    {
        var (a, b, store) = TwoNodes("nodes-load");
        var desks = Site().Desks.Keys.Where(d => d.StartsWith("node-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var issued = new ConcurrentBag<Ticket>();
        var calls = new ConcurrentBag<(string Desk, string TicketId)>();
        var errors = new ConcurrentBag<Exception>();
        var kiosksDone = 0;
        var kiosks = Enumerable.Range(0, 2 * KiosksPerNode).Select(k => new Thread(() => Guard(errors, () =>
        {
            var engine = k % 2 == 0 ? a : b;
            for (var i = k; i < Tickets; i += 2 * KiosksPerNode)
            {
                issued.Add(engine.Issue(new IssueRequest(Services[i % Services.Length], i % 7 == 0 ? PriorityGroup.Elderly : PriorityGroup.None, $"kiosk-{k}")));
            }

            Interlocked.Increment(ref kiosksDone);
        }))).ToList();
        // CallNext catches up with the other node first: nothing waiting once every kiosk is done means none left.
        var counters = desks.Select((desk, n) => new Thread(() => Guard(errors, () =>
            CallUntilDone(n % 2 == 0 ? a : b, desk, calls, () => Volatile.Read(ref kiosksDone) == 2 * KiosksPerNode)))).ToList();

        kiosks.Concat(counters).ToList().ForEach(t => t.Start());
        kiosks.Concat(counters).ToList().ForEach(t => t.Join());

        Assert.Empty(errors);
        Assert.Equal(Tickets, issued.Select(t => t.Number.ToString()).Distinct().Count());
        foreach (var prefix in issued.GroupBy(t => t.Number.Prefix))
        {
            Assert.Equal(Enumerable.Range(1, prefix.Count()), prefix.Select(t => t.Number.Sequence).Order());
        }

        Assert.Equal(Tickets, calls.Count);
        Assert.Equal(Tickets, calls.Select(c => c.TicketId).Distinct().Count());
        var stored = store.LoadTickets(new DateOnly(2026, 11, 23));
        Assert.Equal(issued.Select(t => t.Id).Order(StringComparer.Ordinal), stored.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.All(stored, t =>
        {
            Assert.Equal(TicketStatus.Done, t.Status);
            Assert.Single(t.History, m => m.Kind == MoveKind.Call);
        });
        var sequences = stored.SelectMany(t => t.History).Select(m => m.Sequence).ToList();
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
    }

    [Fact]
    public void MovesAndAnEditOnOneNode_TheOtherMakesNone_ItsSnapshotListenersAndCatalogFollow()
    {
        // No safety reads: only the notice a commit sends can wake the node that makes no move.
        var (a, b, store) = TwoNodes("nodes-follow", TimeSpan.FromHours(1));
        var heardOnB = new ConcurrentQueue<QueueEvent>();
        using var subscription = b.Notifier.Subscribe(heardOnB.Enqueue);
        var desk = Site().Desks["node-1"];

        var issuedOnA = a.Issue(new IssueRequest("ktp-el"));
        var calledOnB = b.CallNext(desk.Id);

        Assert.Equal(issuedOnA.Id, calledOnB.Id);
        Assert.Equal(TicketStatus.Called, calledOnB.Status);
        Assert.True(Eventually(() => a.Snapshot.Find(issuedOnA.Id)?.DeskId == desk.Id));

        var second = a.Issue(new IssueRequest("ktp-el"));
        b.Finish(desk.Id, calledOnB.Id);
        var calledOnA = a.CallNext(desk.Id);

        Assert.Equal(second.Id, calledOnA.Id);
        Assert.True(Eventually(() => b.Snapshot.Find(second.Id)?.Status == TicketStatus.Called));
        Assert.True(Eventually(() => heardOnB.Any(e => e.Kind == QueueEventKind.TicketCalled && e.Ticket?.Id == second.Id)));
        var called = heardOnB.Single(e => e.Kind == QueueEventKind.TicketCalled && e.Ticket?.Id == second.Id);
        Assert.Equal(desk.ZoneId, called.ZoneId);
        Assert.Equal(desk.Id, called.Snapshot!.Find(second.Id)?.DeskId);

        a.Finish(desk.Id, calledOnA.Id);
        a.PauseDesk(desk.Id, PauseReason.Break);

        Assert.True(Eventually(() => b.Snapshot.DeskState(desk.Id).Paused));
        Assert.Equal(QueueErrorCode.DeskPaused, Assert.Throws<QueueException>(() => b.CallNext(desk.Id)).Code);

        store.SaveService(a.Catalog.Services["ktp-el"] with { NameId = "KTP Elektronik (baru)" });
        a.ReloadCatalog();

        Assert.True(Eventually(() => b.Catalog.Services["ktp-el"].NameId == "KTP Elektronik (baru)"));
        Assert.True(Eventually(() => heardOnB.Any(e => e.Kind == QueueEventKind.CatalogChanged)));
    }

    [Fact]
    public void CallNext_OnANodeThatMissedTheOthersCall_TheStoreRefusesToWriteOverIt()
    {
        // What a node with a stale picture would write if the site's lock were lost: a second call of a called ticket.
        var (a, _, store) = TwoNodes("nodes-stale");
        var desks = Site().Desks.Keys.Where(d => d.StartsWith("node-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var waiting = a.Issue(new IssueRequest("ktp-el"));
        var called = a.CallNext(desks[0]);
        var stale = waiting with
        {
            Status = TicketStatus.Called,
            DeskId = desks[1],
            History = waiting.History.Add(new TicketMove(called.LastSequence, MoveKind.Call, called.History[^1].At, TicketStatus.Waiting, TicketStatus.Called, desks[1], null, null)),
        };

        Assert.Throws<System.Data.DBConcurrencyException>(() => store.UpdateTicket(stale));
        Assert.Equal(desks[0], store.FindTicket(waiting.Id)?.DeskId);
    }

    [Fact]
    public void CallNext_OnANodeThatLostItsMoveLock_RefusedAsMovedMeanwhileAndTheDayReadAgain()
    {
        // B moves without the site's scope, as a node whose lock connection was lost: it does not hear A's call.
        var (a, b, store) = NodeAndNodeWithoutLock("nodes-stale-engine");
        var desks = Site().Desks.Keys.Where(d => d.StartsWith("node-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var waiting = b.Issue(new IssueRequest("ktp-el"));
        Assert.Equal(waiting.Id, a.CallNext(desks[0]).Id);
        Assert.Equal(TicketStatus.Waiting, b.Snapshot.Find(waiting.Id)?.Status);

        var refusal = Assert.Throws<QueueException>(() => b.CallNext(desks[1]));

        Assert.Equal(QueueErrorCode.TicketChangedMeanwhile, refusal.Code);
        AssertSays(
            refusal,
            $"Tiket {waiting.Number} baru saja diubah di loket lain; tidak ada yang diubah di sini. Silakan coba lagi.",
            $"Ticket {waiting.Number} was just changed at another desk; nothing was changed here. Please try again.");
        Assert.Equal(desks[0], store.FindTicket(waiting.Id)?.DeskId);

        // B read the day again: it shows A's call, and trying again is decided on it.
        Assert.Equal(desks[0], b.Snapshot.Find(waiting.Id)?.DeskId);
        Assert.Equal(QueueErrorCode.NothingWaiting, Assert.Throws<QueueException>(() => b.CallNext(desks[1])).Code);
    }

    [Fact]
    public void Issue_OnANodeThatLostItsMoveLock_NumberGivenMeanwhileIsRefusedAndTheNextTryTakesTheNextNumber()
    {
        var (a, b, store) = NodeAndNodeWithoutLock("nodes-number");
        var first = b.Issue(new IssueRequest("ktp-el"));
        var second = a.Issue(new IssueRequest("ktp-el"));
        Assert.Equal(first.Number.Sequence + 1, second.Number.Sequence);

        // B still believes its own number was the last one, so it would give the second number again.
        var refusal = Assert.Throws<QueueException>(() => b.Issue(new IssueRequest("ktp-el")));

        Assert.Equal(QueueErrorCode.NumberTakenMeanwhile, refusal.Code);
        AssertSays(
            refusal,
            $"Nomor {second.Number} baru saja diberikan di tempat lain; tidak ada tiket yang diterbitkan. Silakan coba lagi.",
            $"Number {second.Number} was just given elsewhere; no ticket was issued. Please try again.");
        var third = b.Issue(new IssueRequest("ktp-el"));
        Assert.Equal(second.Number.Sequence + 1, third.Number.Sequence);
        Assert.Equal(
            new[] { first.Id, second.Id, third.Id },
            store.LoadTickets(first.ServiceDate).Where(t => t.Number.Prefix == first.Number.Prefix).OrderBy(t => t.Number.Sequence).Select(t => t.Id).ToArray());
        Assert.Equal(3, b.Snapshot.Line("ktp-el").Waiting.Length);
    }

    /// <summary>A node with the site's move scopes, and one without (as if its lock connection were lost), on one database.</summary>
    private (QueueEngine WithLock, QueueEngine WithoutLock, IQueueStore Store) NodeAndNodeWithoutLock(string hint)
    {
        var connectionString = PostgresTestServer.Shared.CreateDatabase(hint);
        var database = Own(new PostgresDatabase(connectionString));
        PostgresSchema.Migrate(database);
        var store = new PostgresTicketStore(database);
        CatalogEditor.SeedIfEmpty(store, Site());
        var withLock = new QueueEngine(store, _clock, new QueueNotifier(), Own(new PostgresMoveScopes(database)));
        var other = new PostgresTicketStore(Own(new PostgresDatabase(connectionString)));
        return (withLock, new QueueEngine(other, _clock, new QueueNotifier()), store);
    }

    [Fact]
    public async Task Move_NoOtherNodeListens_TellsNoOne_OnceASecondNodeListens_ItsMovesAreTold()
    {
        var connectionString = PostgresTestServer.Shared.CreateDatabase("nodes-notices");
        var a = Node(connectionString, _clock, TimeSpan.FromHours(1));
        var channel = PostgresMoveScopes.Of(Own(new PostgresDatabase(connectionString)));
        var heard = new ConcurrentQueue<string>();
        await using var ear = new NpgsqlConnection(connectionString);
        await ear.OpenAsync();
        ear.Notification += (_, e) => heard.Enqueue(e.Payload);
        await using (var listen = new NpgsqlCommand("LISTEN " + channel, ear))
        {
            await listen.ExecuteNonQueryAsync();
        }

        // Alone (a session that listens without a node's name is no node): the move is committed and nobody is told.
        a.Issue(new IssueRequest("ktp-el"));
        await ear.WaitAsync(TimeSpan.FromMilliseconds(500));
        Assert.Empty(heard);

        // A second node: from its start on, each of A's moves is told (B follows with its safety reads an hour apart).
        var b = Node(connectionString, _clock, TimeSpan.FromHours(1));
        var issued = a.Issue(new IssueRequest("ktp-el"));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (heard.IsEmpty && DateTime.UtcNow < deadline)
        {
            await ear.WaitAsync(TimeSpan.FromMilliseconds(200));
        }

        Assert.Single(heard);
        deadline = DateTime.UtcNow.AddSeconds(30);
        while (b.Snapshot.Sequence < issued.LastSequence && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(issued.LastSequence, b.Snapshot.Sequence);
    }

    private (QueueEngine A, QueueEngine B, IQueueStore Store) TwoNodes(string hint, TimeSpan? safetyInterval = null, TimeProvider? clockOfB = null)
    {
        var connectionString = PostgresTestServer.Shared.CreateDatabase(hint);
        var a = Node(connectionString, _clock, safetyInterval);
        var b = Node(connectionString, clockOfB ?? _clock, safetyInterval);
        return (a, b, new PostgresTicketStore(Own(new PostgresDatabase(connectionString))));
    }

    /// <summary>A node of the site in <paramref name="connectionString"/>'s database: its own pool, store, engine and move scopes.</summary>
    private QueueEngine Node(string connectionString, TimeProvider clock, TimeSpan? safetyInterval)
    {
        var database = Own(new PostgresDatabase(connectionString));
        PostgresSchema.Migrate(database);
        var store = new PostgresTicketStore(database);
        CatalogEditor.SeedIfEmpty(store, Site());
        return new QueueEngine(store, clock, new QueueNotifier(), Own(new PostgresMoveScopes(database) { SafetyInterval = safetyInterval ?? TimeSpan.FromSeconds(5) }));
    }

    /// <summary>The refusal's message in Indonesian and in English.</summary>
    private static void AssertSays(QueueException refusal, string indonesian, string english)
    {
        Assert.Equal(indonesian, refusal.Error.Describe(CultureInfo.GetCultureInfo("id-ID")));
        Assert.Equal(english, refusal.Error.Describe(CultureInfo.GetCultureInfo("en")));
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    /// <summary>Waits (up to a generous limit; the time is never asserted) until a node shows what the other did.</summary>
    private static bool Eventually(Func<bool> done)
    {
        var limit = DateTime.UtcNow.AddSeconds(20);
        while (!done())
        {
            if (DateTime.UtcNow > limit)
            {
                return false;
            }

            Thread.Sleep(20);
        }

        return true;
    }

    /// <summary>The demo MPP with room for the whole load, and desks that serve KTP-el, KK and Akta.</summary>
    private static SiteCatalog Site()
    {
        var demo = DemoMpp.Build();
        var roomy = Services.Aggregate(demo.Services, (all, id) => all.SetItem(id, all[id] with { Quota = new DailyQuota(TicketNumber.MaxSequence) }));
        var desks = Enumerable.Range(1, 2 * DesksPerNode).Select(n => new Desk
        {
            Id = $"node-{n}",
            Number = 300 + n,
            Name = $"Loket {300 + n}",
            ZoneId = "zona-1",
            AgencyId = "disdukcapil",
            ServiceIds = [.. Services],
        });
        return demo with { Services = roomy, Desks = demo.Desks.AddRange(desks.Select(d => KeyValuePair.Create(d.Id, d))) };
    }
}
