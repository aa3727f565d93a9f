namespace MppQueue.Storage.Tests.Contract;

/// <summary>The LiteDB store on a data file in a fresh temp folder.</summary>
public sealed class LiteStoreHost : StoreHost
{
    private readonly TempFolder _folder = new();

    public override string Name => "LiteDB";

    protected override Type DuplicateKeyException => typeof(LiteDB.LiteException);

    public string DataFile => _folder.File("queue.db");

    public override ITestStore Open()
    {
        var store = new LiteQueueStore(DataFile);
        return StoreProxy.Create(_ => store, store.Dispose);
    }

    public override void Dispose()
    {
        _folder.Dispose();
        base.Dispose();
    }
}
