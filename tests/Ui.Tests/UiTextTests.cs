using System.Collections;
using System.Globalization;
using System.Resources;

namespace MppQueue.Ui.Tests;

public class UiTextTests
{
    /// <summary>The shared texts, and the sign-in and denial pages' texts.</summary>
    public static TheoryData<string> Files => ["UiText", "AccountText"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Resources_EveryIndonesianTextHasAnEnglishOne(string file)
    {
        var indonesian = Texts(file, CultureInfo.InvariantCulture);
        var english = Texts(file, CultureInfo.GetCultureInfo("en"));

        Assert.NotEmpty(indonesian);
        Assert.Equal(indonesian.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(indonesian.Concat(english), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key + " is empty"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Resources_Placeholders_MatchBetweenLanguages(string file)
    {
        var indonesian = Texts(file, CultureInfo.InvariantCulture);
        var english = Texts(file, CultureInfo.GetCultureInfo("en"));

        foreach (var (key, text) in indonesian)
        {
            Assert.True(Placeholders(text).SetEquals(Placeholders(english[key])), key + " has different placeholders in English");
        }
    }

    private static Dictionary<string, string> Texts(string file, CultureInfo culture)
    {
        var set = new ResourceManager("MppQueue.Ui.Resources." + file, typeof(UiText).Assembly).GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("No texts for " + culture.Name);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value)];
}
