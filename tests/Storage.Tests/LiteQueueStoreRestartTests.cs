namespace MppQueue.Storage.Tests;

/// <summary>What must hold after the process restarts: counters and sequences keep growing.</summary>
public sealed class LiteQueueStoreRestartTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("data/queue.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LastNumber_AfterReopen_IsTheLastIssued()
    {
        using (var store = new LiteQueueStore(DataFile))
        {
            store.InsertTicket(TestData.Ticket("t-1", "A", 1), null);
            store.InsertTicket(TestData.Ticket("t-2", "A", 2), null);
        }

        using var reopened = new LiteQueueStore(DataFile);

        Assert.Equal(2, reopened.LastNumber(TestData.Day, "A"));
    }

    [Fact]
    public void LastSequence_AfterReopen_IsTheHighestCommitted()
    {
        using (var store = new LiteQueueStore(DataFile))
        {
            store.InsertTicket(TestData.Ticket("t-1", "A", 1, lastSequence: 57), null);
            store.SaveDeskState(TestData.DeskState(lastSequence: 31));
        }

        using (var reopened = new LiteQueueStore(DataFile))
        {
            Assert.Equal(57, reopened.LastSequence());
            reopened.SaveDeskState(TestData.DeskState("desk-9", lastSequence: 58));
        }

        using var again = new LiteQueueStore(DataFile);

        Assert.Equal(58, again.LastSequence());
    }

    /// <summary>
    /// LiteDB's Commit leaves the log to a background writer; the store checkpoints before it returns,
    /// so the data file alone already holds the write. Removing that checkpoint fails this test every time,
    /// where the SIGKILL test only catches it when the kill lands inside the writer's lag.
    /// </summary>
    [Fact]
    public void InsertTicket_Returned_DataFileAloneAlreadyHoldsTicketAndCounter()
    {
        var copy = _folder.File("copy.db");
        using (var store = new LiteQueueStore(DataFile))
        {
            store.InsertTicket(TestData.Ticket("t-1", "A", 1), null);
            store.InsertTicket(TestData.Ticket("t-2", "A", 2), TestData.Booking("BK-2", "t-2"));

            File.Copy(DataFile, copy);
        }

        using var fromDataFile = new LiteQueueStore(copy);

        Assert.NotNull(fromDataFile.FindTicket("t-2"));
        Assert.Equal(2, fromDataFile.LastNumber(TestData.Day, "A"));
        Assert.Equal("t-2", fromDataFile.FindBooking("BK-2")?.TicketId);
    }

    [Fact]
    public void Constructor_MissingFolder_CreatesIt()
    {
        using (var store = new LiteQueueStore(DataFile))
        {
            store.SaveZone(TestData.Zone());
        }

        Assert.True(File.Exists(DataFile));
    }
}
