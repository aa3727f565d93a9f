using MppQueue.Core;

namespace MppQueue.Core.Tests;

/// <summary>The list a view keeps so that two reads of an unchanged view compare equal.</summary>
public class ValueListTests
{
    private sealed record View(string Name, ValueList<int> Numbers);

    [Fact]
    public void Equals_SameItemsInTheSameOrder_EqualWithTheSameHash()
    {
        ValueList<string> a = ["A001", "A002"];
        var b = new List<string> { "A001", "A002" }.ToValueList();

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotSame(a, b);
    }

    [Fact]
    public void Equals_OtherOrderOrAnotherItem_NotEqual()
    {
        ValueList<string> a = ["A001", "A002"];

        Assert.NotEqual(a, ["A002", "A001"]);
        Assert.NotEqual(a, ["A001"]);
        Assert.NotEqual(a, ["A001", "A002", "A003"]);
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Record_HoldingValueLists_ComparesByContent()
    {
        var first = new View("loket-01", [1, 2, 3]);
        var again = new View("loket-01", Enumerable.Range(1, 3).ToValueList());
        var moved = new View("loket-01", [1, 2]);

        Assert.Equal(first, again);
        Assert.Equal(first.GetHashCode(), again.GetHashCode());
        Assert.NotEqual(first, moved);
    }

    [Fact]
    public void Items_ReadLikeAnyList()
    {
        ValueList<int> numbers = [3, 1, 2];

        Assert.Equal(3, numbers.Count);
        Assert.Equal(1, numbers[1]);
        Assert.Equal([3, 1, 2], numbers);
        Assert.Empty((ValueList<int>)[]);
    }
}
