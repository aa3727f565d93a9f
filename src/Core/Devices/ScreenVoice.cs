namespace MppQueue.Core;

/// <summary>What a supervisor needs to know about a screen's sound.</summary>
public enum ScreenVoice
{
    /// <summary>A speaker whose browser plays sound.</summary>
    Speaking,

    /// <summary>A speaker that has not said yet whether its browser lets it play sound.</summary>
    Unknown,

    /// <summary>A speaker whose browser blocks sound until someone taps it: the hall hears nothing.</summary>
    Blocked,

    /// <summary>Not a speaker (a setting): it shows calls silently.</summary>
    Muted,
}
