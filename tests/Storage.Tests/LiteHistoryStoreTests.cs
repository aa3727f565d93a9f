using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>A history written in one go: into a new data file built in memory, or into an open store that has no tickets yet.</summary>
public sealed class LiteHistoryStoreTests : IDisposable
{
    private static readonly DateOnly DemoDay = new(2026, 11, 23);

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/mppqueue.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void CreateIfMissing_SiteAndItsHistory_ReopenedFileHoldsEveryPartAndItsReportsNeedNoBuilding()
    {
        var clock = new FakeTimeProvider(SiteClock.ToInstant(DemoDay, new TimeOnly(9, 0), SiteClock.FindZone("Asia/Jakarta")));
        var batch = SmallHistory(DemoMpp.Build(), clock.GetUtcNow());

        var created = LiteQueueStore.CreateIfMissing(DataFile, store =>
        {
            CatalogEditor.SeedIfEmpty(store, DemoMpp.Build(), DemoMpp.Officers());
            Assert.Equal(DemoMpp.Officers().Count, store.LoadOfficers().Count);
            store.ImportHistory(batch);
            return true;
        });

        Assert.True(created);
        Assert.False(File.Exists(DataFile + ".new"));
        using var reopened = new LiteQueueStore(DataFile);
        Assert.Equal(2, reopened.LoadTickets(batch.FirstDay).Count);
        Assert.Equal(2, reopened.LastNumber(batch.FirstDay, "A"));
        Assert.Equal(batch.LastSequence, reopened.LastSequence());
        Assert.Equal(DemoMpp.Officers().Count + 1, reopened.LoadOfficers().Count);
        Assert.Equal(batch.Audit.AsEnumerable(), reopened.LoadAudit(DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        Assert.Single(reopened.LoadResponses(batch.FirstDay, batch.LastDay));
        Assert.Single(reopened.LoadBookings(batch.FirstDay, batch.LastDay));
        Assert.Equal(batch.DeskStates.AsEnumerable(), reopened.LoadDeskStates());

        // The rollups came with the history: a report over its days reads them and builds none.
        var engine = new QueueEngine(reopened, clock, new QueueNotifier());
        var report = new ReportService(engine, reopened, reopened, reopened, clock).Build(new ReportPeriod(batch.FirstDay, batch.LastDay), ReportFilter.All);
        Assert.Equal(0, report.DaysBuilt);
        Assert.Equal(3, report.Counts.Issued);
        Assert.Equal(1, report.Skm.ResponseCount);
        Assert.Equal(batch.LastSequence + 1, engine.Issue(new IssueRequest("ktp-el")).LastSequence);
    }

    [Fact]
    public void CreateIfMissing_FileThereAlreadyOrNothingToWrite_LeavesTheDiskAsItWas()
    {
        using (var store = new LiteQueueStore(DataFile))
        {
            store.SaveZone(TestData.Zone());
        }

        var before = File.ReadAllBytes(DataFile);
        var other = _folder.File("other/mppqueue.db");

        Assert.False(LiteQueueStore.CreateIfMissing(DataFile, _ => throw new InvalidOperationException("a file that exists is never filled")));
        Assert.False(LiteQueueStore.CreateIfMissing(other, _ => false));
        Assert.False(LiteQueueStore.CreateIfMissing(LiteQueueStore.InMemory, _ => true));
        Assert.Equal(before, File.ReadAllBytes(DataFile));
        Assert.False(File.Exists(other));
    }

    /// <summary>Two days of the demo MPP: three tickets (one served by an officer who signed in and out), a booking, an answer, the rollups.</summary>
    private static HistoryBatch SmallHistory(SiteCatalog catalog, DateTimeOffset now)
    {
        var first = DemoDay.AddDays(-2);
        var zone = catalog.Site.TimeZone;
        DateTimeOffset At(DateOnly day, int hour, int minute) => SiteClock.ToInstant(day, new TimeOnly(hour, minute), zone).ToUniversalTime();
        var signIn = new AuditEntry("a-1", At(first, 7, 20), "colleague", "DeskSignedIn", "loket-01", null);
        var signOut = new AuditEntry("a-2", At(first, 16, 5), "colleague", "DeskSignedOut", "loket-01", null);
        var served = Ticket("t-1", 2, 1, first) with
        {
            ServiceId = "ktp-el",
            IssuingServiceId = "ktp-el",
            Status = TicketStatus.Done,
            DeskId = "loket-01",
            OfficerId = "colleague",
            FirstCalledAt = At(first, 9, 5),
            CalledAt = At(first, 9, 5),
            ServingAt = At(first, 9, 5),
            FinishedAt = At(first, 9, 15),
        };
        served = served with
        {
            IssuedAt = At(first, 9, 0),
            ArrivedAt = At(first, 9, 0),
            History =
            [
                new TicketMove(2, MoveKind.Issue, At(first, 9, 0), TicketStatus.Waiting, TicketStatus.Waiting, null, null, null),
                new TicketMove(3, MoveKind.Call, At(first, 9, 5), TicketStatus.Waiting, TicketStatus.Called, "loket-01", "colleague", null),
                new TicketMove(4, MoveKind.Finish, At(first, 9, 15), TicketStatus.Called, TicketStatus.Done, "loket-01", "colleague", null),
            ],
        };
        Ticket Waiting(string id, long sequence, int number, DateOnly day) => Ticket(id, sequence, number, day) with
        {
            ServiceId = "ktp-el",
            IssuingServiceId = "ktp-el",
            IssuedAt = At(day, 10, number),
            ArrivedAt = At(day, 10, number),
            History = [new TicketMove(sequence, MoveKind.Issue, At(day, 10, number), TicketStatus.Waiting, TicketStatus.Waiting, null, null, null)],
        };
        Ticket[] tickets = [served, Waiting("t-2", 5, 2, first), Waiting("t-3", 7, 1, first.AddDays(1))];
        Booking[] bookings = [new Booking { Code = "HIST0001", ServiceId = "ktp-el", Date = first, Window = new TimeRange(new TimeOnly(8, 0), new TimeOnly(9, 0)), State = BookingState.Expired, Token = "history-booking-token-0001" }];
        return new HistoryBatch
        {
            FirstDay = first,
            LastDay = first.AddDays(1),
            Officers = [TestData.Officer("colleague", "rekan") with { AgencyId = "disdukcapil" }],
            Tickets = tickets,
            Bookings = bookings,
            Audit = [signIn, signOut],
            DeskStates = [new DeskState { DeskId = "loket-01", LastSequence = 6 }],
            Responses =
            [
                new SurveyResponse
                {
                    Id = "r-1",
                    TicketId = "t-1",
                    ServiceId = "ktp-el",
                    AgencyId = "disdukcapil",
                    DeskId = "loket-01",
                    ServiceDate = first,
                    SubmittedAt = At(first, 9, 20),
                    Answers = SkmAnswers.Create(Enumerable.Repeat(3, 9)),
                },
            ],
            Rollups = [RollupBuilder.Build(first, [.. tickets.Take(2)], bookings, catalog, now), RollupBuilder.Build(first.AddDays(1), [tickets[2]], [], catalog, now)],
            LastSequence = 7,
        };
    }

    private static Ticket Ticket(string id, long sequence, int number, DateOnly? day = null)
    {
        var at = TestData.At(9, 0).AddDays((day ?? TestData.Day).DayNumber - TestData.Day.DayNumber);
        return new Ticket
        {
            Id = id,
            Token = id + "-token-0123456789",
            ServiceId = "ktp",
            IssuingServiceId = "ktp",
            Number = new TicketNumber("A", number),
            ServiceDate = day ?? TestData.Day,
            Status = TicketStatus.Waiting,
            IssuedAt = at,
            ArrivedAt = at,
            History = [new TicketMove(sequence, MoveKind.Issue, at, TicketStatus.Waiting, TicketStatus.Waiting, null, null, null)],
        };
    }
}
