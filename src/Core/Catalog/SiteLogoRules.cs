using System.Globalization;
using System.Text;

namespace MppQueue.Core;

/// <summary>
/// Which images may be the MPP's logo: PNG, JPEG or WebP, recognised by their first bytes (never by the file's name
/// or the type a browser claims), not empty, at most <see cref="MaxBytes"/>. SVG is refused: it is a document that
/// can carry script, and the logo is served on every kiosk and wall screen.
/// </summary>
public static class SiteLogoRules
{
    public const int MaxBytes = 512 * 1024;

    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string WebP = "image/webp";

    /// <summary>The field key the refusals name (<c>CatalogField_logo</c>).</summary>
    public const string Field = "logo";

    private static readonly byte[] _pngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] _jpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] _riff = "RIFF"u8.ToArray();
    private static readonly byte[] _webp = "WEBP"u8.ToArray();
    private static readonly byte[] _svg = "<svg"u8.ToArray();

    /// <summary>The image's content type, or a <see cref="CatalogException"/> that says what is wrong with it.</summary>
    public static string Check(ReadOnlySpan<byte> content)
    {
        CheckSize(content.Length);
        return Detect(content) ?? throw new CatalogException(new CatalogError(
            LooksLikeSvg(content) ? CatalogErrorCode.LogoSvg : CatalogErrorCode.LogoUnsupportedType, Field));
    }

    /// <summary>The size alone, so that a page can refuse a large file before reading it.</summary>
    public static void CheckSize(long size)
    {
        if (size <= 0)
        {
            throw new CatalogException(new CatalogError(CatalogErrorCode.LogoEmpty, Field));
        }

        if (size > MaxBytes)
        {
            var kilobytes = ((size + 1023) / 1024).ToString(CultureInfo.InvariantCulture) + " KB";
            throw new CatalogException(new CatalogError(CatalogErrorCode.LogoTooLarge, Field, kilobytes, Max: MaxBytes / 1024));
        }
    }

    /// <summary>PNG, JPEG or WebP by the image's signature; null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(_pngMagic))
        {
            return Png;
        }

        if (content.StartsWith(_jpegMagic))
        {
            return Jpeg;
        }

        return content.Length >= 12 && content.StartsWith(_riff) && content.Slice(8, 4).SequenceEqual(_webp) ? WebP : null;
    }

    // Only to say why the file is refused: an SVG is text whose first kilobyte names an <svg element.
    private static bool LooksLikeSvg(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        var text = Encoding.UTF8.GetString(head);
        return text.Contains(Encoding.UTF8.GetString(_svg), StringComparison.OrdinalIgnoreCase);
    }
}
