namespace MppQueue.Core;

/// <summary>Where registered screens are kept. Writes are atomic and committed when the method returns.</summary>
public interface IDeviceStore
{
    IReadOnlyList<ScreenDevice> LoadScreens();

    /// <summary>Adds the screen or replaces the one with the same id.</summary>
    void SaveScreen(ScreenDevice screen);

    /// <summary>Adds or replaces each of the screens, all in one write.</summary>
    void SaveScreens(IReadOnlyCollection<ScreenDevice> screens);

    /// <summary>False when no screen has the id.</summary>
    bool DeleteScreen(string id);
}
