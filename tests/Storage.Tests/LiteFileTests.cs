using System.Collections.Concurrent;
using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>The stores of the different ports over one <see cref="LiteFile"/>: one database, one lock, one backup.</summary>
public sealed class LiteFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/queue.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WriteCopy_AfterWritesThroughSeveralStores_TheCopyHoldsEachOne()
    {
        var copy = _folder.File("copy.db");
        using (var file = new LiteFile(DataFile))
        {
            new LiteTicketStore(file).InsertTicket(TestData.Ticket("t-1", "A", 1), null);
            new LiteDeviceStore(file).SaveScreen(Screen("s-1"));
            Assert.True(new LiteSurveyStore(file).TryAddResponse(Response("r-1", "t-1")));
            new LiteBackupSource(file).WriteCopy(copy);
        }

        using var fromCopy = new LiteQueueStore(copy);

        Assert.Equal("t-1", fromCopy.FindTicket("t-1")?.Id);
        Assert.Equal(1, fromCopy.LastNumber(TestData.Day, "A"));
        Assert.Equal("s-1", Assert.Single(fromCopy.LoadScreens()).Id);
        Assert.True(fromCopy.HasResponse("t-1"));
    }

    [Fact]
    public void Writes_ThroughThreeStoresAtOnce_AllThereAfterReopen()
    {
        const int Rounds = 30;
        var failures = new ConcurrentQueue<Exception>();
        using (var file = new LiteFile(DataFile))
        {
            var tickets = new LiteTicketStore(file);
            var devices = new LiteDeviceStore(file);
            var surveys = new LiteSurveyStore(file);
            Action<int>[] writers =
            [
                n => tickets.InsertTicket(TestData.Ticket(Id("t", n), "A", n), null),
                n => devices.SaveScreen(Screen(Id("s", n))),
                n => surveys.TryAddResponse(Response(Id("r", n), Id("t", n))),
            ];
            using var start = new Barrier(writers.Length);
            var threads = writers.Select(write => new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    for (var n = 1; n <= Rounds; n++)
                    {
                        write(n);
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        }

        Assert.Empty(failures);
        using var reopened = new LiteQueueStore(DataFile);

        Assert.Equal(Rounds, reopened.LoadTickets(TestData.Day).Count);
        Assert.Equal(Rounds, reopened.LastNumber(TestData.Day, "A"));
        Assert.Equal(Rounds, reopened.LoadScreens().Count);
        Assert.Equal(Rounds, reopened.LoadResponses(TestData.Day, TestData.Day).Count);
    }

    [Fact]
    public void Dispose_Twice_EveryStoreOnTheFileIsRefused()
    {
        var file = new LiteFile(LiteFile.InMemory);
        var tickets = new LiteTicketStore(file);
        var logos = new LiteSiteLogoStore(file);

        file.Dispose();
        file.Dispose();

        Assert.Throws<ObjectDisposedException>(() => tickets.LoadCatalog());
        Assert.Throws<ObjectDisposedException>(() => logos.RemoveLogo());
    }

    private static string Id(string kind, int n) => kind + "-" + n.ToString("D3", CultureInfo.InvariantCulture);

    private static ScreenDevice Screen(string id) => new()
    {
        Id = id,
        Token = "tok-" + id + "-0123456789abcdef",
        Name = "TV " + id,
        ZoneId = "zona-2",
        RegisteredAt = TestData.At(7, 15, 3),
    };

    private static SurveyResponse Response(string id, string ticketId) => new()
    {
        Id = id,
        TicketId = ticketId,
        ServiceId = "ktp",
        AgencyId = "dukcapil",
        ServiceDate = TestData.Day,
        SubmittedAt = TestData.At(16, 5, 7),
        Answers = SkmAnswers.Create(Enumerable.Repeat(3, 9)),
    };
}
