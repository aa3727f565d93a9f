using Microsoft.Extensions.Time.Testing;
using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>A history written in one go: into a new data file built in memory, or into an open store that has no tickets yet.</summary>
public abstract class HistoryStoreTests(StoreHost host) : IDisposable
{
    protected StoreHost Host { get; } = host;

    private static readonly DateOnly DemoDay = new(2026, 11, 23);

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/mppqueue.db");

    public void Dispose()
    {
        _folder.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void ImportHistory_StoreWithTicketsAlready_RefusedAndNothingWritten()
    {
        using var store = Host.Open();
        var ticket = Ticket("t-1", 1, 1);
        store.InsertTicket(ticket, null);
        var batch = new HistoryBatch
        {
            FirstDay = TestData.Day.AddDays(-1),
            LastDay = TestData.Day.AddDays(-1),
            Officers = [TestData.Officer("colleague", "rekan")],
            Tickets = [Ticket("t-2", 7, 1, TestData.Day.AddDays(-1))],
            LastSequence = 7,
        };

        Assert.Throws<InvalidOperationException>(() => store.ImportHistory(batch));
        Assert.Empty(store.LoadTickets(TestData.Day.AddDays(-1)));
        Assert.Empty(store.LoadOfficers());
        Assert.Equal(1, store.LastSequence());
    }

    [Fact]
    public void ImportHistory_AccountsReadBefore_TheNewAccountsAreSeenAtOnce()
    {
        using var store = Host.Open();
        store.SaveOfficer(TestData.Officer("demo", "demo"));
        Assert.Single(store.LoadOfficers());

        store.ImportHistory(new HistoryBatch { FirstDay = TestData.Day, LastDay = TestData.Day, Officers = [TestData.Officer("colleague", "rekan")] });

        Assert.Equal(["colleague", "demo"], store.LoadOfficers().Select(o => o.Id).Order());
    }

    /// <summary>Two days of the demo MPP: three tickets (one served by an officer who signed in and out), a booking, an answer, the rollups.</summary>
    internal static HistoryBatch SmallHistory(SiteCatalog catalog, DateTimeOffset now)
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

public sealed class HistoryStoreOnLiteDbTests() : HistoryStoreTests(new LiteStoreHost());

public sealed class HistoryStoreOnPostgresTests() : HistoryStoreTests(new PostgresStoreHost("HistoryStore"));
