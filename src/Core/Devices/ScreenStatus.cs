namespace MppQueue.Core;

/// <summary>A screen as the supervisors' list shows it, read at one instant.</summary>
public sealed record ScreenStatus(ScreenDevice Screen, ScreenHealth Health, ScreenVoice Voice, TimeSpan? SilentFor)
{
    /// <summary>Online and heard in the hall: what every zone needs at least one of.</summary>
    public bool IsWorkingSpeaker => Health == ScreenHealth.Online && Voice == ScreenVoice.Speaking;
}
