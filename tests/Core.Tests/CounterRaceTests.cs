using System.Collections.Concurrent;
using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

/// <summary>Desks pressing "call next" at the same instant: nobody is called twice, nobody is skipped, one press makes one call.</summary>
public class CounterRaceTests
{
    private const int DeskCount = 10;
    private const int Waiting = 1000;

    [Fact]
    public void CallNext_TenDesksAtOnceAgainstAThousandWaiting_CallsEveryTicketExactlyOnce()
    {
        var desks = Enumerable.Range(1, DeskCount).Select(n => TestSite.Desk(n, "a", "b")).ToList();
        var catalog = SiteCatalog.Create(
            new Site { Name = "MPP Uji", TimeZoneId = TestSite.Jakarta },
            [new Zone { Id = "zona-1", Name = "Zona 1" }],
            [new Agency { Id = "disdukcapil", Name = "Disdukcapil" }],
            [TestSite.Service("a", "A") with { Quota = new DailyQuota(600) }, TestSite.Service("b", "B", PriorityPolicy.Ratio(2)) with { Quota = new DailyQuota(600) }],
            desks);
        var h = new EngineHarness(catalog);
        for (var i = 0; i < Waiting; i++)
        {
            h.Engine.Issue(new IssueRequest(i % 2 == 0 ? "a" : "b", i % 9 == 0 ? PriorityGroup.Elderly : PriorityGroup.None));
        }

        var officers = desks.ToDictionary(d => d.Id, d => h.SignIn(d.Id, "petugas-" + d.Number));
        var calls = new ConcurrentBag<(string Desk, string Ticket)>();
        var errors = new ConcurrentBag<Exception>();
        using var start = new Barrier(DeskCount);
        var threads = desks.Select(desk => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                while (true)
                {
                    var officer = officers[desk.Id].Id;
                    var called = h.Engine.CallNext(desk.Id, officer);
                    calls.Add((desk.Id, called.Id));
                    h.Engine.Finish(desk.Id, called.Id, officer);
                }
            }
            catch (QueueException ex) when (ex.Code == QueueErrorCode.NothingWaiting)
            {
                // The queue is empty: this desk is done.
            }
            catch (Exception ex)
            {
                errors.Add(ex);
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(errors);
        Assert.Equal(Waiting, calls.Count);
        Assert.Equal(Waiting, calls.Select(c => c.Ticket).Distinct().Count());
        Assert.All(h.Engine.TicketsToday(), t =>
        {
            Assert.Equal(TicketStatus.Done, t.Status);
            Assert.Single(t.History, m => m.Kind == MoveKind.Call);
        });
        Assert.True(calls.Select(c => c.Desk).Distinct().Count() > 1, "Only one desk ever got a ticket: the desks did not race.");
    }

    [Fact]
    public void CallNext_SameDeskPressedTwiceAtOnce_MakesOneCall()
    {
        var h = new EngineHarness();
        var officer = h.SignIn("loket-01");
        for (var round = 0; round < 50; round++)
        {
            h.Engine.Issue(new IssueRequest("a"));
            h.Engine.Issue(new IssueRequest("a"));
            using var start = new Barrier(2);
            var outcomes = new ConcurrentBag<object>();
            var presses = Enumerable.Range(0, 2).Select(_ => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    outcomes.Add(h.Engine.CallNext("loket-01", officer.Id));
                }
                catch (QueueException ex)
                {
                    outcomes.Add(ex.Code);
                }
            })).ToList();

            presses.ForEach(t => t.Start());
            presses.ForEach(t => t.Join());

            var called = Assert.Single(outcomes.OfType<Ticket>());
            Assert.Equal(QueueErrorCode.DeskBusy, Assert.Single(outcomes.OfType<QueueErrorCode>()));
            Assert.Single(h.Engine.TicketsToday(), t => t.Status == TicketStatus.Called);
            h.Engine.Finish("loket-01", called.Id, officer.Id);
        }

        Assert.Equal(50, h.Engine.TicketsToday().Count(t => t.Status == TicketStatus.Done));
        Assert.Equal(50, h.Engine.TicketsToday().Count(t => t.Status == TicketStatus.Waiting));
    }
}
