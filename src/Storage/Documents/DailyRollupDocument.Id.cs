using LiteDB;

namespace MppQueue.Storage.Documents;

/// <summary>
/// The LiteDB key of a rollup row, apart from the rest of the shape so that the PostgreSQL store (which compiles the
/// documents without LiteDB) can share it: every new row gets a new key, as before.
/// </summary>
internal sealed partial class DailyRollupDocument
{
    public ObjectId Id { get; set; } = ObjectId.NewObjectId();
}
