using System.Globalization;
using System.Text.RegularExpressions;

namespace MppQueue.Server.Hosting;

/// <summary>
/// The "MppQueue:Region" configuration section: the other sites of the installation (their PostgreSQL schemas in the
/// same database) whose figures this node shows to its regional accounts (docs/adr/0023-one-schema-per-site.md,
/// "Regional view"). Empty by default: the node reads no region.
/// </summary>
public sealed partial class RegionOptions
{
    public const string Section = MppQueueOptions.Section + ":Region";

    /// <summary>
    /// The sites' schemas: "mpp_kota_a,mpp_kota_b" in one value, or a list (MppQueue:Region:Sites:0, :1, …). The
    /// node's own site may be one of them.
    /// </summary>
    public IList<string> Sites { get; } = [];

    /// <summary>How often a site's figures of today are read again, in seconds (2 to 600).</summary>
    public int RefreshSeconds { get; set; } = 10;

    public TimeSpan Refresh => TimeSpan.FromSeconds(RefreshSeconds);

    /// <summary>The schema names of <see cref="Sites"/>, each value split at commas and trimmed.</summary>
    public IReadOnlyList<string> Schemas() =>
        [.. Sites.SelectMany(s => (s ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>Why the settings cannot be used, naming the setting; null when they can.</summary>
    public string? Problem(StorageProvider provider)
    {
        var schemas = Schemas();
        if (schemas.Count == 0)
        {
            return null;
        }

        if (provider != StorageProvider.PostgreSql)
        {
            return $"{Section}:Sites is set, but {StorageOptions.Section}:Provider is not PostgreSql: the regional view reads the other sites' schemas in the same PostgreSQL database (docs/deploy.md).";
        }

        if (schemas.FirstOrDefault(s => !SchemaName().IsMatch(s)) is { } bad)
        {
            return $"{Section}:Sites names \"{Core.Printable.Echo(bad)}\", which is not a schema name: use lower-case letters, digits and _ (at most 48), starting with a letter or _, and separate the names with commas.";
        }

        if (schemas.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"{Section}:Sites names \"{twice.Key}\" twice.";
        }

        return RefreshSeconds is < 2 or > 600
            ? string.Create(CultureInfo.InvariantCulture, $"{Section}:RefreshSeconds must be between 2 and 600 (it is {RefreshSeconds}).")
            : null;
    }

    // As PostgresDatabase checks a Search Path.
    [GeneratedRegex("^[a-z_][a-z0-9_]{0,47}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();
}
