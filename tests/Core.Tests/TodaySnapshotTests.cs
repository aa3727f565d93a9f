using System.Globalization;
using System.Text;
using MppQueue.Core.Tests.Support;

namespace MppQueue.Core.Tests;

/// <summary>
/// The snapshot the engine derives move by move must equal the one derived from scratch from the stored tickets
/// and desk states: the property is checked after every move of many random days.
/// </summary>
public sealed class TodaySnapshotTests
{
    private static readonly string[] Services = ["a", "b", "c", "sk"];

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 24; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AfterEveryMove_TheSnapshotEqualsTheOneDerivedFromTheStore(int seed)
    {
        var harness = new EngineHarness(Catalog());
        var random = new Random(seed);
        var engine = harness.Engine;
        var officers = engine.Catalog.Desks.Values.ToDictionary(d => d.Id, d => harness.Officer("o-" + d.Id, d.AgencyId));
        var moves = 0;
        for (var step = 0; step < 400; step++)
        {
            if (TryRandomMove(engine, random, officers, harness))
            {
                moves++;
            }

            harness.Clock.Advance(TimeSpan.FromSeconds(random.Next(0, 150)));
            var snapshot = engine.Snapshot;
            var fromStore = TodaySnapshot.Derive(engine.Catalog, snapshot.Day, snapshot.Sequence, snapshot.TakenAt, harness.Store.LoadTickets(snapshot.Day), harness.Store.LoadDeskStates());
            Assert.Equal(Describe(fromStore), Describe(snapshot));
        }

        // The random days really move tickets through the whole life cycle, not only refusals.
        Assert.True(moves > 120, $"only {moves} moves were accepted");
        var statuses = harness.Store.AllTickets.Select(t => t.Status).ToHashSet();
        Assert.Contains(TicketStatus.Done, statuses);
        Assert.Contains(TicketStatus.Waiting, statuses);
    }

    [Fact]
    public void TheSnapshotAfterARestart_EqualsTheOneBeforeIt()
    {
        var harness = new EngineHarness(Catalog());
        var random = new Random(99);
        var officers = harness.Engine.Catalog.Desks.Values.ToDictionary(d => d.Id, d => harness.Officer("o-" + d.Id, d.AgencyId));
        for (var step = 0; step < 200; step++)
        {
            TryRandomMove(harness.Engine, random, officers, harness);
            harness.Clock.Advance(TimeSpan.FromSeconds(random.Next(0, 90)));
        }

        var before = Describe(harness.Engine.Snapshot);
        Assert.Equal(before, Describe(harness.Restart().Snapshot));
    }

    [Fact]
    public void ASnapshotIsNeverChangedByLaterMoves()
    {
        var harness = new EngineHarness(Catalog());
        harness.Issue("a");
        var taken = harness.Engine.Snapshot;
        var described = Describe(taken);
        harness.SignIn("loket-01");
        harness.Engine.CallNext("loket-01", "o1");
        harness.Issue("a");

        Assert.Equal(described, Describe(taken));
        Assert.NotEqual(described, Describe(harness.Engine.Snapshot));
        Assert.True(harness.Engine.Snapshot.Sequence > taken.Sequence);
    }

    [Fact]
    public void EveryEvent_CarriesTheSnapshotOfItsOwnMove()
    {
        var harness = new EngineHarness(Catalog());
        harness.Issue("a");
        harness.Issue("a");
        harness.SignIn("loket-01");
        harness.Engine.CallNext("loket-01", "o1");

        Assert.All(harness.Events, e => Assert.Equal(e.Sequence, e.Snapshot!.Sequence));
        var call = harness.Events.Last(e => e.Kind == QueueEventKind.TicketCalled);
        Assert.Equal(call.Ticket!.Id, call.Snapshot!.Desk("loket-01")!.Current!.Id);
        Assert.Single(call.Snapshot.Line("a").Waiting);
    }

    [Fact]
    public void ANewDay_IsSeenByReadersWithoutAMove()
    {
        var harness = new EngineHarness(Catalog());
        harness.Issue("a");
        Assert.Single(harness.Engine.Snapshot.Tickets);

        harness.Clock.Advance(TimeSpan.FromDays(1));

        var snapshot = harness.Engine.Snapshot;
        Assert.Equal(new DateOnly(2026, 11, 24), snapshot.Day);
        Assert.Empty(snapshot.Tickets);
        Assert.Empty(snapshot.Line("a").Waiting);
    }

    [Fact]
    public void AListenerThatTriesAMove_IsRefusedInsteadOfDeadlocking()
    {
        var harness = new EngineHarness(Catalog());
        Exception? refused = null;
        using var subscription = harness.Notifier.Subscribe(e =>
        {
            if (e.Kind == QueueEventKind.TicketIssued && refused is null)
            {
                refused = Record.Exception(() => harness.Engine.Issue(new IssueRequest("a")));
            }
        });

        harness.Issue("a");

        Assert.IsType<InvalidOperationException>(refused);
        Assert.Single(harness.Engine.Snapshot.Tickets);
    }

    private static SiteCatalog Catalog()
    {
        var catalog = TestSite.Build();
        var desk3 = catalog.Desks["loket-03"] with { ZoneId = "zona-2" };
        var desk5 = TestSite.Desk(5, "a", "c") with { ZoneId = "zona-2" };
        return catalog with { Desks = catalog.Desks.SetItem(desk3.Id, desk3).SetItem(desk5.Id, desk5) };
    }

    private static bool TryRandomMove(QueueEngine engine, Random random, Dictionary<string, Officer> officers, EngineHarness harness)
    {
        var snapshot = engine.Snapshot;
        var desks = engine.Catalog.Desks.Keys.Order(StringComparer.Ordinal).ToArray();
        var deskId = desks[random.Next(desks.Length)];
        var officer = officers[deskId];
        // Ids are random; issue order is not, so a seed always picks the same tickets and the same moves.
        var tickets = snapshot.TicketsByIssue();
        var someTicket = tickets.Count == 0 ? null : tickets[random.Next(tickets.Count)];
        var atDesk = snapshot.Desk(deskId)?.Current;
        try
        {
            switch (random.Next(20))
            {
                case 0 or 1 or 2 or 3:
                    engine.Issue(new IssueRequest(Services[random.Next(Services.Length)], random.Next(5) == 0 ? PriorityGroup.Elderly : PriorityGroup.None));
                    break;
                case 4:
                    engine.SignInToDesk(deskId, officer);
                    break;
                case 5 when random.Next(4) == 0:
                    engine.SignOutOfDesk(deskId, officer.Id);
                    break;
                case 6 or 7 or 8:
                    engine.CallNext(deskId, officer.Id);
                    break;
                case 9 when someTicket is not null:
                    engine.CallSpecific(deskId, someTicket.Id, "lansia", officer.Id);
                    break;
                case 10 when atDesk is not null:
                    engine.Recall(deskId, atDesk.Id, officer.Id);
                    break;
                case 11 when atDesk is not null:
                    engine.StartServing(deskId, atDesk.Id, officer.Id);
                    break;
                case 12 or 13 when atDesk is not null:
                    engine.Finish(deskId, atDesk.Id, officer.Id);
                    break;
                case 14 when atDesk is not null:
                    engine.MarkNoShow(deskId, atDesk.Id, officer.Id);
                    break;
                case 15 when someTicket is not null:
                    engine.Restore(someTicket.Id, random.Next(2) == 0 ? null : deskId, random.Next(2) == 0 ? null : officer.Id);
                    break;
                case 16 when atDesk is not null:
                    engine.Transfer(deskId, atDesk.Id, Services[random.Next(Services.Length)], officer.Id, "berkas");
                    break;
                case 17 when atDesk is not null && random.Next(2) == 0:
                    engine.Hold(deskId, atDesk.Id, officer.Id);
                    break;
                case 17 when someTicket is not null:
                    engine.Resume(deskId, someTicket.Id, officer.Id);
                    break;
                case 18 when random.Next(2) == 0:
                    engine.PauseDesk(deskId, PauseReason.Break, null, officer.Id);
                    break;
                case 18:
                    engine.ResumeDesk(deskId, officer.Id);
                    break;
                case 19 when someTicket is not null && random.Next(2) == 0:
                    engine.CancelByToken(someTicket.Token);
                    break;
                case 19 when someTicket is not null:
                    engine.PostponeByToken(someTicket.Token);
                    break;
                default:
                    return false;
            }

            return true;
        }
        catch (QueueException)
        {
            // A refused move changes nothing; the snapshot must still agree.
            _ = harness;
            return false;
        }
    }

    /// <summary>Everything a reader can see in a snapshot, as text in a fixed order.</summary>
    private static string Describe(TodaySnapshot snapshot)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"seq {snapshot.Sequence} day {snapshot.Day:yyyy-MM-dd}\n");
        foreach (var ticket in snapshot.Tickets.Values.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            text.Append(inv, $"ticket {ticket.Id} {ticket.Number} {ticket.Status} {ticket.ServiceId} {ticket.DeskId} {ticket.LastSequence} ahead {snapshot.PeopleAhead(ticket)} token {snapshot.FindByToken(ticket.Token)?.Id}\n");
        }

        foreach (var line in snapshot.Services.Values.OrderBy(l => l.ServiceId, StringComparer.Ordinal))
        {
            text.Append(inv, $"service {line.ServiceId} open {line.DesksOpen} pace {line.Pace} used {line.Used} served {line.Served} oldest {line.OldestWaitingIssuedAt:O} since {line.OldestWaitingSince:O} touched {line.Touched}\n");
            foreach (var waiting in line.Waiting)
            {
                text.Append(inv, $"  {waiting.PeopleAhead} {waiting.Ticket.Id} {waiting.Ranked.Promoted} {waiting.Ranked.EffectiveArrival:O} {waiting.Estimate}\n");
            }
        }

        foreach (var desk in snapshot.Desks.Values.OrderBy(d => d.Desk.Id, StringComparer.Ordinal))
        {
            text.Append(inv, $"desk {desk.Desk.Id} {desk.State} holder {desk.HolderId} current {desk.Current?.Id}/{desk.Current?.LastSequence} open {desk.IsOpen} {desk.Figures} held {string.Join(',', desk.Held.Select(t => t.Id))} gone {string.Join(',', desk.NoShows.Select(t => t.Id))} last {desk.LastMoveAt:O}\n");
        }

        foreach (var zone in snapshot.RecentCalls.OrderBy(z => z.Key, StringComparer.Ordinal))
        {
            text.Append(inv, $"zone {zone.Key}: {string.Join(' ', zone.Value.Select(t => t.Id + "/" + t.LastSequence))}\n");
        }

        foreach (var officer in snapshot.Officers.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            text.Append(inv, $"officer {officer.Key} {officer.Value}\n");
        }

        return text.ToString();
    }
}
