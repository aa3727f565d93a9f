using LiteDB;
using MppQueue.Core;

namespace MppQueue.Storage.Tests;

/// <summary>
/// The service standard in the data file: kept whole, and read from services stored before standards existed; the
/// queue length standard likewise, none for a service stored before it existed.
/// </summary>
public sealed class ServiceStandardStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DataFile => _folder.File("queue.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TestData_Standard_SetsEveryField() => DeepAssert.NoDefaults(TestData.Standard());

    [Fact]
    public void SaveService_AfterReopen_ReturnsTheWholeStandard()
    {
        using (var store = Seeded())
        {
            store.SaveService(TestData.Service() with { Standard = TestData.Standard() });
        }

        using var reopened = new LiteQueueStore(DataFile);

        DeepAssert.Equal(TestData.Standard(), reopened.LoadCatalog()!.Services["ktp"].Standard);
    }

    [Fact]
    public void LoadCatalog_ServiceStoredBeforeStandards_ReadsItsRequirementTextAsTheList()
    {
        using (var store = Seeded())
        {
            store.SaveService(TestData.Service() with { RequirementsId = "KK asli; KTP lama", RequirementsEn = "Family card; Old ID card" });
        }

        // What an older version wrote: the same service without the standard's field.
        using (var raw = new LiteDatabase(new ConnectionString { Filename = DataFile, Connection = ConnectionType.Direct }))
        {
            var services = raw.GetCollection("services");
            var document = services.FindById("ktp");
            Assert.True(document.Remove("Standard"));
            services.Update(document);
        }

        using var reopened = new LiteQueueStore(DataFile);
        var standard = reopened.LoadCatalog()!.Services["ktp"].Standard;

        Assert.Equal([("KK asli", "Family card"), ("KTP lama", "Old ID card")], standard.Requirements.Select(l => (l.Id, l.En)));
        Assert.Empty(standard.Procedure);
        Assert.False(standard.Free);
        Assert.Equal(string.Empty, standard.CostId);
    }

    [Fact]
    public void LoadCatalog_ServiceStoredBeforeQueueLengthStandards_HasNone()
    {
        using (var store = Seeded())
        {
            store.SaveService(TestData.Service() with { StandardQueueLength = 40 });
        }

        using (var raw = new LiteDatabase(new ConnectionString { Filename = DataFile, Connection = ConnectionType.Direct }))
        {
            var services = raw.GetCollection("services");
            var document = services.FindById("ktp");
            Assert.Equal(40, document["StandardQueueLength"].AsInt32);
            Assert.True(document.Remove("StandardQueueLength"));
            services.Update(document);
        }

        using var reopened = new LiteQueueStore(DataFile);

        Assert.Null(reopened.LoadCatalog()!.Services["ktp"].StandardQueueLength);
    }

    private LiteQueueStore Seeded()
    {
        var store = new LiteQueueStore(DataFile);
        store.SaveSite(TestData.Site());
        store.SaveZone(TestData.Zone());
        store.SaveAgency(TestData.Agency());
        return store;
    }
}
