using System.Collections.Concurrent;

namespace MppQueue.Core.Tests.Support;

/// <summary>Screens in memory; counts its writes, so that a test can see what reaches the store.</summary>
public sealed class InMemoryDeviceStore : IDeviceStore
{
    private readonly ConcurrentDictionary<string, ScreenDevice> _screens = new();

    public int Writes { get; private set; }

    public IReadOnlyList<ScreenDevice> LoadScreens() => [.. _screens.Values];

    public void SaveScreen(ScreenDevice screen)
    {
        Writes++;
        _screens[screen.Id] = screen;
    }

    public void SaveScreens(IReadOnlyCollection<ScreenDevice> screens)
    {
        Writes++;
        foreach (var screen in screens)
        {
            _screens[screen.Id] = screen;
        }
    }

    public bool DeleteScreen(string id)
    {
        Writes++;
        return _screens.TryRemove(id, out _);
    }

    public ScreenDevice? Stored(string id) => _screens.TryGetValue(id, out var screen) ? screen : null;
}
