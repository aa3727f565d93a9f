namespace MppQueue.Display.Media;

/// <summary>One image of the media folder.</summary>
public sealed record MediaFile(string Name, string FullPath, string ContentType, DateTimeOffset LastModified)
{
    /// <summary>Its address on the screens; the version changes when the file is replaced, so no screen keeps an old copy.</summary>
    public string Url => DisplayRoutes.Media(Name, LastModified.UtcTicks);
}
