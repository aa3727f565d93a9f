using Microsoft.Extensions.DependencyInjection;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>Survey responses in the LiteDB file: kept across a restart, one per ticket, loaded by period.</summary>
public sealed class LiteSurveyStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/queue.db");

    public void Dispose() => _folder.Dispose();

    private static SurveyResponse Response(string id, string ticketId, DateOnly? day = null, int answer = 3, string? comment = null, string? deskId = "desk-3") => new()
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
    public void SurveyMethods_AfterDispose_Throw()
    {
        var store = new LiteQueueStore(LiteQueueStore.InMemory);
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.HasResponse("t-1"));
        Assert.Throws<ObjectDisposedException>(() => store.TryAddResponse(Response("r-1", "t-1")));
    }

    [Fact]
    public void AddLiteDbStorage_SurveyStore_IsOnTheOneFile()
    {
        using var provider = new ServiceCollection().AddLiteDbStorage(LiteQueueStore.InMemory).BuildServiceProvider();
        var surveys = provider.GetRequiredService<ISurveyStore>();

        provider.GetRequiredService<LiteFile>().Dispose();

        Assert.IsType<LiteSurveyStore>(surveys);
        Assert.Throws<ObjectDisposedException>(() => surveys.HasResponse("t-1"));
    }
}
