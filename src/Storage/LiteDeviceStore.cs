using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IDeviceStore"/> on a <see cref="LiteFile"/>, under its one lock (ADR 2). The screens' index (a unique
/// token) is ensured the first time a screen method runs in the process, like the survey's.
/// </summary>
public sealed class LiteDeviceStore(LiteFile file) : IDeviceStore
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    public IReadOnlyList<ScreenDevice> LoadScreens()
    {
        EnsureIndexes();
        return _file.Read(() => Screens().FindAll().Select(d => d.ToScreen()).ToList());
    }

    public void SaveScreen(ScreenDevice screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        SaveScreens([screen]);
    }

    public void SaveScreens(IReadOnlyCollection<ScreenDevice> screens)
    {
        ArgumentNullException.ThrowIfNull(screens);
        var documents = screens.Select(ScreenDeviceDocument.From).ToList();
        EnsureIndexes();
        _file.Write(() => Screens().Upsert(documents));
    }

    public bool DeleteScreen(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var deleted = false;
        EnsureIndexes();
        _file.Write(() => deleted = Screens().Delete(id));
        return deleted;
    }

    private ILiteCollection<ScreenDeviceDocument> Screens() => _file.Collection<ScreenDeviceDocument>(CollectionNames.Screens);

    private void EnsureIndexes() => _file.EnsureIndexesOnce(CollectionNames.Screens, () => Screens().EnsureIndex(d => d.Token, unique: true));
}
