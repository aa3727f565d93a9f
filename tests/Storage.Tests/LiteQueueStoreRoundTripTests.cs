using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>Everything written to a data file, closed and reopened, reads back equal field by field.</summary>
public sealed class LiteQueueStoreRoundTripTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("queue.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TestData_FullBuilders_SetEveryField()
    {
        DeepAssert.NoDefaults(TestData.Site());
        DeepAssert.NoDefaults(TestData.Zone());
        DeepAssert.NoDefaults(TestData.Agency());
        DeepAssert.NoDefaults(TestData.Service());
        DeepAssert.NoDefaults(TestData.Desk());
        DeepAssert.NoDefaults(TestData.Officer());
        DeepAssert.NoDefaults(TestData.Booking());
        DeepAssert.NoDefaults(TestData.DeskState());
        DeepAssert.NoDefaults(TestData.FullTicket());
    }
}
