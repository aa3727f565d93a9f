namespace MppQueue.Core;

/// <summary>Whether a screen is keeping in touch with the server.</summary>
public enum ScreenHealth
{
    /// <summary>Heard from within the stale window.</summary>
    Online,

    /// <summary>Seen before, but silent for longer than the stale window: frozen, switched off or cut off.</summary>
    Stale,

    /// <summary>Registered but never opened.</summary>
    NeverSeen,
}
