using MppQueue.Core;

namespace MppQueue.Display.Sound;

/// <summary>
/// The server's side of a screen's beat: which registered screen the page is (a kiosk's token opened on a wall
/// screen's address is no screen: it neither speaks nor counts as seen), what screen.js is told when it starts and
/// on each beat, and what an answered beat records in the registry.
/// </summary>
public sealed class ScreenBeat(ScreenRegistry registry, TimeSpan period)
{
    public TimeSpan Period => period;

    /// <summary>The wall or desk screen behind a token, read again each time (its settings may have changed).</summary>
    public ScreenDevice? Screen(string? token) => registry.FindByToken(token) is { Kind: not ScreenKind.Kiosk } screen ? screen : null;

    /// <summary>What screen.js's <c>start</c> is given: the calls already history, and whether it may speak.</summary>
    public static object Start(long floor, ScreenDevice? screen) => new { floor, speaker = screen?.IsSpeaker ?? false };

    /// <summary>What screen.js's <c>beat</c> is given: the period its watchdog expects, and whether it may speak.</summary>
    public object Beat(ScreenDevice? screen) => new { periodSeconds = (int)period.TotalSeconds, speaker = screen?.IsSpeaker ?? false };

    /// <summary>
    /// Records the screen as seen with what its browser said about its sound. Only an answered beat counts: it proves
    /// the page is alive, not just its circuit. True when something was recorded.
    /// </summary>
    public bool Answered(string? token, ScreenDevice? screen, string? sound)
    {
        if (sound is null || screen is null)
        {
            return false;
        }

        registry.Seen(token, Announcements.ParseSound(sound));
        return true;
    }
}
