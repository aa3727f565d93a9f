namespace MppQueue.Storage.Tests.Contract;

/// <summary>Where a contract test's data lives: each <see cref="Open"/> opens a new store on the same data (a "restart").</summary>
public abstract class StoreHost : IDisposable
{
    /// <summary>A name for messages ("LiteDB", "PostgreSQL").</summary>
    public abstract string Name { get; }

    /// <summary>What the store throws when a unique key (an id, a token) is given twice.</summary>
    protected abstract Type DuplicateKeyException { get; }

    public abstract ITestStore Open();

    /// <summary>Asserts that <paramref name="write"/> is refused as the store refuses a duplicate key.</summary>
    public void AssertRefused(Action write)
    {
        var refused = Record.Exception(write);
        Assert.NotNull(refused);
        Assert.IsAssignableFrom(DuplicateKeyException, refused);
    }

    public virtual void Dispose() => GC.SuppressFinalize(this);
}
