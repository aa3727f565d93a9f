namespace MppQueue.Core;

/// <summary>What a screen's browser last said about its sound.</summary>
public enum ScreenSound
{
    /// <summary>Not reported yet, or the screen is not a speaker.</summary>
    Unknown,

    /// <summary>The browser may play sound without a tap.</summary>
    Ready,

    /// <summary>The browser blocks sound until someone taps the screen (autoplay policy).</summary>
    Blocked,
}
