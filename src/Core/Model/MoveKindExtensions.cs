namespace MppQueue.Core;

public static class MoveKindExtensions
{
    /// <summary>
    /// The moves that bring a visitor to a desk, and so are a call that screens show and announce: a call in turn, a
    /// call out of turn, a recall, and a held ticket resumed. Starting, finishing and the rest move nobody.
    /// </summary>
    public static bool IsCall(this MoveKind kind) =>
        kind is MoveKind.Call or MoveKind.CallSpecific or MoveKind.Recall or MoveKind.Resume;
}
