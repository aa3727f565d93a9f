using LiteDB;

namespace MppQueue.Storage.Tests;

/// <summary>
/// The stores' one-field filters pass their value as a parameter: LiteDB compiles one delegate per distinct expression
/// text and keeps it for the life of the process, so a value written into the text (as <c>Query.EQ</c> does) compiled
/// new code for every ticket id and journal position and never let it go.
/// </summary>
public sealed class LiteWhereTests : IDisposable
{
    private readonly LiteDatabase _database = new(new MemoryStream());
    private readonly ILiteCollection<Row> _rows;

    public LiteWhereTests()
    {
        _rows = _database.GetCollection<Row>("rows");
        _rows.EnsureIndex(r => r.Key);
        _rows.EnsureIndex(r => r.Number);
        for (var i = 1; i <= 10; i++)
        {
            _rows.Insert(new Row { Id = i, Key = $"k-{i}", Number = i * 10 });
        }
    }

    public void Dispose() => _database.Dispose();

    public static TheoryData<BsonExpression, BsonExpression> SameFilterOtherValue => new()
    {
        { LiteWhere.Equal("Key", "k-1"), LiteWhere.Equal("Key", "k-2") },
        { LiteWhere.Greater("_id", 1234L), LiteWhere.Greater("_id", 9876L) },
        { LiteWhere.Less("Number", 555), LiteWhere.Less("Number", 777) },
        { LiteWhere.Between("Number", 1111, 2222), LiteWhere.Between("Number", 3333, 4444) },
    };

    [Theory]
    [MemberData(nameof(SameFilterOtherValue))]
    public void Filter_OtherValue_SameTextSoCompiledOnce(BsonExpression one, BsonExpression other)
    {
        Assert.Equal(one.Source, other.Source);
        Assert.NotEqual(one.Parameters, other.Parameters);
        Assert.DoesNotContain(one.Parameters["0"].ToString(), one.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_FindTheRowsTheirValuesSay()
    {
        Assert.Equal([3], Ids(LiteWhere.Equal("Key", "k-3")));
        Assert.Equal([9, 10], Ids(LiteWhere.Greater("_id", 8)));
        Assert.Equal([1, 2], Ids(LiteWhere.Less("Number", 30)));
        Assert.Equal([4, 5, 6], Ids(LiteWhere.Between("Number", 40, 60)));
        Assert.Empty(Ids(LiteWhere.Equal("Key", "k-3' OR 1=1")));
    }

    [Theory]
    [InlineData("Key")]
    [InlineData("Number")]
    public void Filter_OnAnIndexedField_SeeksTheIndex(string field)
    {
        var filter = field == "Key" ? LiteWhere.Equal(field, "k-4") : LiteWhere.Between(field, 40, 50);

        var plan = _rows.Query().Where(filter).GetPlan();

        Assert.Equal(field, plan["index"]["name"].AsString);
        Assert.StartsWith(field == "Key" ? "INDEX SEEK" : "INDEX RANGE SCAN", plan["index"]["mode"].AsString, StringComparison.Ordinal);
    }

    private int[] Ids(BsonExpression filter) => [.. _rows.Find(filter).Select(r => r.Id).Order()];

    public sealed class Row
    {
        public int Id { get; set; }

        public string Key { get; set; } = "";

        public int Number { get; set; }
    }
}
