namespace MppQueue.Core;

/// <summary>
/// What the <see cref="ScreenRegistry"/> is built with. Not a section of its own: the wall screens' settings
/// ("MppQueue:Display") decide it, so the display area sets it from them (a screen is stale after three missed beats).
/// </summary>
public sealed class ScreenRegistryOptions
{
    /// <summary>A screen not heard from for longer than this is stale.</summary>
    public TimeSpan StaleAfter { get; set; } = ScreenRegistry.DefaultStaleAfter;
}
