namespace MppQueue.Core;

/// <summary>
/// Where the MPP's logo is kept: in the same database as the queue, so that a backup carries it.
/// Writes are atomic and on disk when they return (docs/adr/0002-one-litedb-one-write-lock.md).
/// </summary>
public interface ISiteLogoStore
{
    /// <summary>The stored logo, or null when none was uploaded.</summary>
    SiteLogo? LoadLogo();

    /// <summary>Replaces the stored logo (there is at most one).</summary>
    void SaveLogo(SiteLogo logo);

    /// <summary>Removes the logo; false when there was none.</summary>
    bool RemoveLogo();
}
