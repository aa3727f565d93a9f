namespace MppQueue.Core;

/// <summary>What a screen on the wall shows: a whole zone's calls, or the one desk it hangs above.</summary>
public enum ScreenKind
{
    Zone,
    Desk,
}
