namespace MppQueue.Display.Boards;

/// <summary>What the screen above a desk says when no number is shown, or which number it shows.</summary>
public enum DeskBoardState
{
    Calling,
    Serving,
    Free,
    Paused,
    Closed,
}
