using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using MppQueue.Core;
using MppQueue.Server.Hubs;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>
/// The queue hub: a zone's recent calls and its call events, a ticket's place and call. The refusals, which change
/// nothing, share one started server; the tests that look at a zone's or a ticket's calls start their own.
/// </summary>
public class HubTests(SharedHost host) : IClassFixture<SharedHost>
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task JoinZone_AfterACalledThenBCalledThenAServing_ListsBNewestAsTheWallDoes()
    {
        using var factory = new MppQueueFactory();
        var engine = factory.Engine;
        var zoneServices = engine.Catalog.Services.Values.Where(s => s.Active && s.ZoneId == "zona-1").Select(s => s.Id).ToList();
        var first = zoneServices[0];
        var second = zoneServices.First(s => factory.DeskFor(s).Id != factory.DeskFor(first).Id);
        var (a, deskOfA) = factory.IssueAndCall(first);
        var (b, _) = factory.IssueAndCall(second);
        engine.StartServing(deskOfA.Id, a.Id);
        await using var connection = factory.CreateHubConnection();
        await connection.StartAsync();

        var joined = await connection.InvokeAsync<ZoneMessage>("JoinZone", "zona-1");
        var wall = MppQueue.Display.Boards.ZoneBoard.Read(engine.Snapshot, "zona-1", previousCount: 5);

        Assert.Equal([b.Number.ToString(), a.Number.ToString()], joined.RecentCalls.Select(c => c.Number));
        Assert.Equal(wall.Latest?.Number, joined.RecentCalls[0].Number);
        Assert.Equal(wall.Previous.Select(c => c.Number), joined.RecentCalls.Skip(1).Select(c => c.Number));
        Assert.True(joined.RecentCalls[0].Sequence > joined.RecentCalls[1].Sequence);
        Assert.All(joined.RecentCalls, c => Assert.False(c.IsRecall));
    }

    [Fact]
    public async Task JoinZone_TicketRecalledThenAnotherCalled_OnlyTheLatestCallOfEachCountsAndTheRecallIsMarked()
    {
        using var factory = new MppQueueFactory();
        var engine = factory.Engine;
        var zoneServices = engine.Catalog.Services.Values.Where(s => s.Active && s.ZoneId == "zona-1").Select(s => s.Id).ToList();
        var first = zoneServices[0];
        var second = zoneServices.First(s => factory.DeskFor(s).Id != factory.DeskFor(first).Id);
        var (a, deskOfA) = factory.IssueAndCall(first);
        engine.Recall(deskOfA.Id, a.Id);
        var (b, deskOfB) = factory.IssueAndCall(second);
        engine.StartServing(deskOfB.Id, b.Id);
        engine.Recall(deskOfA.Id, a.Id);
        await using var connection = factory.CreateHubConnection();
        await connection.StartAsync();

        var joined = await connection.InvokeAsync<ZoneMessage>("JoinZone", "zona-1");
        var wall = MppQueue.Display.Boards.ZoneBoard.Read(engine.Snapshot, "zona-1", previousCount: 5);

        Assert.Equal([a.Number.ToString(), b.Number.ToString()], joined.RecentCalls.Select(c => c.Number));
        Assert.Equal([true, false], joined.RecentCalls.Select(c => c.IsRecall));
        Assert.Equal(wall.Latest?.Number, joined.RecentCalls[0].Number);
        Assert.True(wall.Latest?.IsRecall);
    }

    [Fact]
    public async Task JoinZone_DeskCalls_ClientReceivesCalledWithNumberAndDesk()
    {
        using var factory = new MppQueueFactory();
        await using var connection = factory.CreateHubConnection();
        var received = new TaskCompletionSource<CallMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<CallMessage>(nameof(IQueueClient.Called), call => received.TrySetResult(call));
        await connection.StartAsync();

        var joined = await connection.InvokeAsync<ZoneMessage>("JoinZone", "zona-1");
        var (ticket, desk) = factory.IssueAndCall("ktp-el");
        var call = await received.Task.WaitAsync(_patience);

        Assert.Equal("zona-1", joined.ZoneId);
        Assert.Empty(joined.RecentCalls);
        Assert.Equal(ticket.Number.ToString(), call.Number);
        Assert.Equal(desk.Number, call.DeskNumber);
        Assert.Equal(desk.Id, call.DeskId);
        Assert.Equal("zona-1", call.ZoneId);
        Assert.False(call.IsRecall);
    }

    [Fact]
    public async Task JoinZone_OtherZoneCalls_ClientHearsNothingOfIt()
    {
        using var factory = new MppQueueFactory();
        await using var connection = factory.CreateHubConnection();
        var calls = new List<CallMessage>();
        connection.On<CallMessage>(nameof(IQueueClient.Called), call => { lock (calls) { calls.Add(call); } });
        await connection.StartAsync();
        await connection.InvokeAsync<ZoneMessage>("JoinZone", "zona-2");
        var zone2Service = factory.Engine.Catalog.Services.Values.First(s => s.ZoneId == "zona-2").Id;
        var heardZone2 = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<CallMessage>(nameof(IQueueClient.Called), _ => heardZone2.TrySetResult());

        factory.IssueAndCall("ktp-el");
        var (zone2Ticket, _) = factory.IssueAndCall(zone2Service);
        await heardZone2.Task.WaitAsync(_patience);

        // Events go out in order, so once zone 2's call has arrived, zone 1's would have arrived before it.
        lock (calls)
        {
            var only = Assert.Single(calls);
            Assert.Equal(zone2Ticket.Number.ToString(), only.Number);
        }
    }

    [Fact]
    public async Task JoinZone_AfterCalls_AnswersWithTheLastCalls()
    {
        using var factory = new MppQueueFactory();
        var (ticket, _) = factory.IssueAndCall("ktp-el");
        await using var connection = factory.CreateHubConnection();
        await connection.StartAsync();

        var joined = await connection.InvokeAsync<ZoneMessage>("JoinZone", "zona-1");

        Assert.Equal(ticket.Number.ToString(), Assert.Single(joined.RecentCalls).Number);
    }

    [Fact]
    public async Task JoinZone_UnknownZone_IsRefusedWithTheKnownZones()
    {
        var factory = host.Factory;
        await using var connection = factory.CreateHubConnection();
        await connection.StartAsync();

        var refusal = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<ZoneMessage>("JoinZone", "zona-99"));

        Assert.Contains("Unknown zone 'zona-99'", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("zona-1, zona-2", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JoinTicket_WrongToken_IsRefused()
    {
        var factory = host.Factory;
        factory.Engine.Issue(new IssueRequest("ktp-el"));
        await using var connection = factory.CreateHubConnection();
        await connection.StartAsync();

        var refusal = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<TicketMessage>("JoinTicket", "this-is-not-the-token-of-any-ticket"));

        Assert.Contains("Unknown ticket token", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JoinTicket_RightToken_HearsItsPlaceThenItsCall()
    {
        using var factory = new MppQueueFactory();
        var engine = factory.Engine;
        var ahead = engine.Issue(new IssueRequest("ktp-el"));
        var mine = engine.Issue(new IssueRequest("ktp-el"));
        await using var connection = factory.CreateHubConnection();
        var nextInLine = new TaskCompletionSource<TicketMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var called = new TaskCompletionSource<TicketMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<TicketMessage>(nameof(IQueueClient.TicketUpdated), update =>
        {
            if (update.Status == nameof(TicketStatus.Waiting) && update.PeopleAhead == 0)
            {
                nextInLine.TrySetResult(update);
            }

            if (update.Status == nameof(TicketStatus.Called))
            {
                called.TrySetResult(update);
            }
        });
        await connection.StartAsync();

        var joined = await connection.InvokeAsync<TicketMessage>("JoinTicket", mine.Token);
        var desk = factory.DeskFor("ktp-el");
        engine.CallNext(desk.Id);
        var next = await nextInLine.Task.WaitAsync(_patience);
        engine.Finish(desk.Id, ahead.Id);
        engine.CallNext(desk.Id);
        var call = await called.Task.WaitAsync(_patience);

        Assert.Equal(mine.Number.ToString(), joined.Number);
        Assert.Equal(1, joined.PeopleAhead);
        Assert.Equal(mine.Number.ToString(), next.Number);
        Assert.Equal(mine.Number.ToString(), call.Number);
        Assert.Equal(desk.Number, call.DeskNumber);
    }

    [Fact]
    public async Task JoinTicket_MovesThatLeaveItsPlaceAndEstimateAlone_SendItNothing()
    {
        using var factory = new MppQueueFactory();
        var engine = factory.Engine;
        var ahead = engine.Issue(new IssueRequest("ktp-el"));
        var mine = engine.Issue(new IssueRequest("ktp-el"));
        await using var connection = factory.CreateHubConnection();
        var updates = new List<TicketMessage>();
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<TicketMessage>(nameof(IQueueClient.TicketUpdated), update =>
        {
            lock (updates)
            {
                updates.Add(update);
            }

            if (update.Status == nameof(TicketStatus.Called))
            {
                called.TrySetResult();
            }
        });
        await connection.StartAsync();
        await connection.InvokeAsync<TicketMessage>("JoinTicket", mine.Token);
        var desk = factory.DeskFor("ktp-el");

        engine.CallNext(desk.Id);                 // mine moves up: told
        engine.Recall(desk.Id, ahead.Id);         // mine stays where it is: not told
        engine.StartServing(desk.Id, ahead.Id);   // not told
        engine.Finish(desk.Id, ahead.Id);         // not told
        engine.CallNext(desk.Id);                 // mine is called: told
        await called.Task.WaitAsync(_patience);

        lock (updates)
        {
            // Events go out in order, so every update before the call has arrived by now.
            Assert.Equal(
                [(nameof(TicketStatus.Waiting), 0), (nameof(TicketStatus.Called), 0)],
                updates.Select(u => (u.Status, u.PeopleAhead)));
            Assert.All(updates, u => Assert.Equal(mine.Number.ToString(), u.Number));
        }
    }
}
