using System.Collections;
using System.Globalization;
using System.Resources;

namespace MppQueue.Ui.Tests;

public class UiTextTests
{
    private static readonly ResourceManager _resources = new("MppQueue.Ui.Resources.UiText", typeof(UiText).Assembly);

    [Fact]
    public void Resources_EveryIndonesianTextHasAnEnglishOne()
    {
        var indonesian = Texts(CultureInfo.InvariantCulture);
        var english = Texts(CultureInfo.GetCultureInfo("en"));

        Assert.NotEmpty(indonesian);
        Assert.Equal(indonesian.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(indonesian.Concat(english), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key + " is empty"));
    }

    [Fact]
    public void Resources_Placeholders_MatchBetweenLanguages()
    {
        var indonesian = Texts(CultureInfo.InvariantCulture);
        var english = Texts(CultureInfo.GetCultureInfo("en"));

        foreach (var (key, text) in indonesian)
        {
            Assert.True(Placeholders(text).SetEquals(Placeholders(english[key])), key + " has different placeholders in English");
        }
    }

    private static Dictionary<string, string> Texts(CultureInfo culture)
    {
        var set = _resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("No texts for " + culture.Name);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value)];
}
