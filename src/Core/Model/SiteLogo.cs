using System.Security.Cryptography;

namespace MppQueue.Core;

/// <summary>
/// The MPP's logo as stored: the image, its type (read from the image's own bytes, see <see cref="SiteLogoRules"/>),
/// and a version that changes with every different image, so that a page can ask for it again only when it changed.
/// </summary>
public sealed record SiteLogo
{
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary><c>image/png</c>, <c>image/jpeg</c> or <c>image/webp</c>.</summary>
    public required string ContentType { get; init; }

    /// <summary>The first 16 hex digits of the image's SHA-256: the same image keeps its version, another one gets a new one.</summary>
    public required string Version { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public int Size => Content.Length;

    /// <summary>A logo for bytes that <see cref="SiteLogoRules.Check"/> has accepted as <paramref name="contentType"/>.</summary>
    public static SiteLogo Create(ReadOnlyMemory<byte> content, string contentType, DateTimeOffset uploadedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        return new SiteLogo
        {
            Content = content,
            ContentType = contentType,
            Version = VersionOf(content.Span),
            UploadedAt = uploadedAt.ToUniversalTime(),
        };
    }

    public static string VersionOf(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content))[..16];
}
