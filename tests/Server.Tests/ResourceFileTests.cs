using System.Xml.Linq;
using MppQueue.Server.Tests.Support;

namespace MppQueue.Server.Tests;

/// <summary>Every text file of every area: one value per key, and the same keys in Indonesian and English.</summary>
public class ResourceFileTests
{
    public static TheoryData<string> Files =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repository.Root, f))];

    private static List<string> Keys(string path) =>
        [.. XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryKey_IsDefinedOnce_AndTranslated(string file)
    {
        var indonesian = Keys(Path.Combine(Repository.Root, file));
        var english = Keys(Path.Combine(Repository.Root, file.Replace(".resx", ".en.resx", StringComparison.Ordinal)));

        Assert.Empty(indonesian.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(english.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(indonesian.Order(StringComparer.Ordinal), english.Order(StringComparer.Ordinal));
    }
}
