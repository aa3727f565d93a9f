using LiteDB;

namespace MppQueue.Storage;

/// <summary>
/// Filters on one field with the value passed as a parameter. LiteDB's own <c>Query.EQ</c>, <c>Query.GT</c> and the
/// like write the value into the expression's text, and LiteDB compiles one delegate per distinct text and keeps it for
/// the life of the process: a filter on a ticket id or a journal position compiled new code on nearly every move and
/// never let it go. With the value as a parameter the text is the same for every value, so each filter is compiled once.
/// </summary>
internal static class LiteWhere
{
    public static BsonExpression Equal(string field, BsonValue value) => BsonExpression.Create(field + " = @0", value);

    public static BsonExpression Greater(string field, BsonValue value) => BsonExpression.Create(field + " > @0", value);

    public static BsonExpression Less(string field, BsonValue value) => BsonExpression.Create(field + " < @0", value);

    public static BsonExpression Between(string field, BsonValue first, BsonValue last) =>
        BsonExpression.Create(field + " BETWEEN @0 AND @1", first, last);
}
