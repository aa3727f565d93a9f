using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MppQueue.Display.Media;

/// <summary>
/// The images of the configured media folder: the slides, and <c>logo.*</c>, the MPP's logo. The folder is read
/// again at most every half minute, so images can be added or replaced while the screens run.
/// </summary>
public sealed class MediaLibrary
{
    public const string LogoName = "logo";

    private static readonly TimeSpan _rereadAfter = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string> _types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
        [".gif"] = "image/gif",
        [".svg"] = "image/svg+xml",
    };

    private readonly string? _folder;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private IReadOnlyList<MediaFile> _files = [];
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public MediaLibrary(IOptions<DisplayOptions> options, IHostEnvironment environment, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _time = time;
        var configured = options.Value.MediaFolder;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _folder = Path.GetFullPath(Path.IsPathRooted(configured) ? configured : Path.Combine(environment.ContentRootPath, configured));
        }
    }

    /// <summary>The slides in name order (name them 01-…, 02-… to choose the order); the logo is not one of them.</summary>
    public IReadOnlyList<MediaFile> Slides() => [.. Files().Where(f => !IsLogo(f.Name))];

    public MediaFile? Logo() => Files().FirstOrDefault(f => IsLogo(f.Name));

    /// <summary>The file with exactly this name in the folder; null for anything else (other paths included).</summary>
    public MediaFile? Find(string? name) =>
        name is null ? null : Files().FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    private IReadOnlyList<MediaFile> Files()
    {
        if (_folder is null)
        {
            return [];
        }

        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (now - _readAt >= _rereadAfter)
            {
                _files = Read(_folder);
                _readAt = now;
            }

            return _files;
        }
    }

    private static List<MediaFile> Read(string folder)
    {
        try
        {
            return [.. new DirectoryInfo(folder).EnumerateFiles()
                .Where(f => _types.ContainsKey(f.Extension) && !f.Name.StartsWith('.'))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => new MediaFile(f.Name, f.FullName, _types[f.Extension], new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero)))];
        }
        catch (IOException)
        {
            // A missing or unreadable folder shows no media; the calls matter more.
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool IsLogo(string name) => string.Equals(Path.GetFileNameWithoutExtension(name), LogoName, StringComparison.OrdinalIgnoreCase);
}
