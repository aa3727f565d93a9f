using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IDeviceStore"/> on the same file, under the same lock (ADR 2). The screens' index (a unique
/// token) is ensured the first time a screen method runs in the process, like the survey's.
/// </summary>
public sealed partial class LiteQueueStore : IDeviceStore
{
    private const string Screens = "screens";

    // Read and written under _gate only.
    private bool _screenIndexesEnsured;

    public IReadOnlyList<ScreenDevice> LoadScreens()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            EnsureScreenIndexes();
            return ScreenCollection().FindAll().Select(d => d.ToScreen()).ToList();
        }
    }

    public void SaveScreen(ScreenDevice screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var document = ScreenDeviceDocument.From(screen);
        lock (_gate)
        {
            ThrowIfDisposed();
            EnsureScreenIndexes();
            Write(() => ScreenCollection().Upsert(document));
        }
    }

    public bool DeleteScreen(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var deleted = false;
        lock (_gate)
        {
            ThrowIfDisposed();
            EnsureScreenIndexes();
            Write(() => deleted = ScreenCollection().Delete(id));
        }

        return deleted;
    }

    private ILiteCollection<ScreenDeviceDocument> ScreenCollection() => Collection<ScreenDeviceDocument>(Screens);

    /// <summary>Called under <c>_gate</c>; creates the index once per process (EnsureIndex is a no-op when it exists).</summary>
    private void EnsureScreenIndexes()
    {
        if (_screenIndexesEnsured)
        {
            return;
        }

        ScreenCollection().EnsureIndex(d => d.Token, unique: true);
        Checkpoint();
        _screenIndexesEnsured = true;
    }
}
