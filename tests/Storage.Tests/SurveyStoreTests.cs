using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;
using MppQueue.Storage.Tests.Contract;
namespace MppQueue.Storage.Tests;

/// <summary>Survey responses in either store: kept across a restart, one per ticket, loaded by period.</summary>
public abstract class SurveyStoreTests(StoreHost host) : IDisposable
{
    protected StoreHost Host { get; } = host;

    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/queue.db");

    public void Dispose()
    {
        _folder.Dispose();
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A response of nine equal answers (or the given one) for a ticket, on the test day.</summary>
    internal static SurveyResponse Response(string id, string ticketId, DateOnly? day = null, int answer = 3, string? comment = null, string? deskId = "desk-3") => new()
    {
        Id = id,
        TicketId = ticketId,
        ServiceId = "ktp",
        AgencyId = "dukcapil",
        DeskId = deskId,
        ServiceDate = day ?? TestData.Day,
        SubmittedAt = TestData.At(16, 5, 7),
        Answers = SkmAnswers.Create(Enumerable.Repeat(answer, 9)),
        Comment = comment,
    };

    [Fact]
    public void TryAddResponse_Reopened_ReadsBackEveryField()
    {
        var full = Response("r-1", "t-1", comment: "Petugas ramah.\nRuang tunggu\tsejuk.") with
        {
            Answers = SkmAnswers.Create([1, 2, 3, 4, 4, 3, 2, 1, 4]),
        };
        var bare = Response("r-2", "t-2", day: TestData.Day.AddDays(1), deskId: null);
        using (var store = Host.Open())
        {
            Assert.True(store.TryAddResponse(full));
            Assert.True(store.TryAddResponse(bare));
        }

        using var reopened = Host.Open();
        var loaded = reopened.LoadResponses(TestData.Day, TestData.Day.AddDays(1));

        Assert.Equal([full, bare], loaded);
        Assert.Equal(TestData.At(16, 5, 7).UtcTicks, loaded[0].SubmittedAt.UtcTicks);
        Assert.Equal([1, 2, 3, 4, 4, 3, 2, 1, 4], loaded[0].Answers.Values.ToArray());
        Assert.Equal("Petugas ramah.\nRuang tunggu\tsejuk.", loaded[0].Comment);
        Assert.Null(loaded[1].DeskId);
        Assert.Null(loaded[1].Comment);
        Assert.True(reopened.HasResponse("t-1"));
        Assert.False(reopened.HasResponse("t-3"));
    }

    [Fact]
    public void TryAddResponse_SecondForTheSameTicket_ReturnsFalseAndStoresNothing()
    {
        using var store = Host.Open();
        var first = Response("r-1", "t-1", answer: 4);

        Assert.True(store.TryAddResponse(first));
        Assert.False(store.TryAddResponse(Response("r-2", "t-1", answer: 1)));

        Assert.Equal([first], store.LoadResponses(TestData.Day, TestData.Day));
    }

    [Fact]
    public void TryAddResponse_SameTicketAfterARestart_IsStillRefused()
    {
        using (var store = Host.Open())
        {
            store.TryAddResponse(Response("r-1", "t-1"));
        }

        using var reopened = Host.Open();

        Assert.False(reopened.TryAddResponse(Response("r-2", "t-1")));
        Assert.Single(reopened.LoadResponses(TestData.Day, TestData.Day));
    }

    [Fact]
    public void TryAddResponse_ManyThreadsForOneTicket_OnlyOneIsStored()
    {
        using var store = Host.Open();

        var added = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => store.TryAddResponse(Response("r-" + i, "t-1")))
            .Count(ok => ok);

        Assert.Equal(1, added);
        Assert.Single(store.LoadResponses(TestData.Day, TestData.Day));
    }

    [Fact]
    public void LoadResponses_Period_TakesServiceDaysInsideBothEndsIncluded()
    {
        using var store = Host.Open();
        var days = new[] { new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 15), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 1) };
        for (var i = 0; i < days.Length; i++)
        {
            store.TryAddResponse(Response("r-" + i, "t-" + i, days[i]));
        }

        var november = store.LoadResponses(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        Assert.Equal(["t-1", "t-2", "t-3"], november.Select(r => r.TicketId).Order(StringComparer.Ordinal));
        Assert.Equal(["t-2"], store.LoadResponses(new DateOnly(2026, 11, 15), new DateOnly(2026, 11, 15)).Select(r => r.TicketId));
        Assert.Empty(store.LoadResponses(new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 1)));
        Assert.Empty(store.LoadResponses(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31)));
    }

    [Fact]
    public void Surveys_BesideTheQueue_LeaveTicketsAndSequencesAlone()
    {
        using var store = Host.Open();
        store.InsertTicket(TestData.Ticket("t-1", "A", 1, lastSequence: 9), null);

        store.TryAddResponse(Response("r-1", "t-1"));

        Assert.Equal(9, store.LastSequence());
        Assert.Single(store.LoadTickets(TestData.Day));
        Assert.Equal(1, store.LastNumber(TestData.Day, "A"));
    }
}

public sealed class SurveyStoreOnLiteDbTests() : SurveyStoreTests(new LiteStoreHost());

public sealed class SurveyStoreOnPostgresTests() : SurveyStoreTests(new PostgresStoreHost("SurveyStore"));
