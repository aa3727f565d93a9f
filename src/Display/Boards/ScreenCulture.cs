using System.Globalization;

namespace MppQueue.Display.Boards;

/// <summary>
/// The language a screen opened in, kept for its whole life. A screen re-reads the queue on the thread that made
/// the move (an officer's or a kiosk's circuit, through the notifier), which carries that person's culture: an
/// officer working in English must not turn the hall's screens English.
/// </summary>
public sealed class ScreenCulture
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    /// <summary>Makes the screen's own culture current again (for the rest of this flow only).</summary>
    public void Apply()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
