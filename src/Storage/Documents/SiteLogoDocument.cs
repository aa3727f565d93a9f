using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="SiteLogo"/>: one document (the image is at most 512 KB), the instant as UTC ticks.</summary>
internal sealed class SiteLogoDocument
{
    public const string OnlyId = "logo";

    public string Id { get; set; } = OnlyId;

    public string ContentType { get; set; } = string.Empty;

    public string Version { get; set; } = string.Empty;

    public long UploadedAtUtcTicks { get; set; }

    public byte[] Content { get; set; } = [];

    public static SiteLogoDocument From(SiteLogo logo) => new()
    {
        ContentType = logo.ContentType,
        Version = logo.Version,
        UploadedAtUtcTicks = logo.UploadedAt.UtcTicks,
        Content = logo.Content.ToArray(),
    };

    public SiteLogo ToLogo() => new()
    {
        Content = Content,
        ContentType = ContentType,
        Version = Version,
        UploadedAt = new DateTimeOffset(UploadedAtUtcTicks, TimeSpan.Zero),
    };
}
