namespace MppQueue.Core;

/// <summary>
/// What a registered device is: a wall screen showing a whole zone's calls or the one desk it hangs above, or a
/// kiosk where visitors take tickets. Each kind's token opens only that kind's pages.
/// </summary>
public enum ScreenKind
{
    Zone,
    Desk,
    Kiosk,
}
