namespace MppQueue.Core;

/// <summary>Whether the regional view can read a site now.</summary>
public enum RegionSiteState
{
    /// <summary>Its schema answers, is at this build's version and holds a site.</summary>
    Ready,

    /// <summary>The database answers, but the schema is missing, holds no site yet or is at another version.</summary>
    NotSetUp,

    /// <summary>The database did not answer, or reading the site failed.</summary>
    Unreachable,
}
