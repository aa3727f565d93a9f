using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using MppQueue.Core;

namespace MppQueue.Counter.Tests;

public class CounterTextTests
{
    [Fact]
    public void Resources_EveryIndonesianTextHasAnEnglishOneWithTheSamePlaceholders() => SameTextsInBothLanguages(CounterText.ResourceManager);

    [Fact]
    public void Resources_TheConsolesTexts_EveryIndonesianTextHasAnEnglishOneWithTheSamePlaceholders() => SameTextsInBothLanguages(ConsoleText.ResourceManager);

    private static void SameTextsInBothLanguages(ResourceManager texts)
    {
        var indonesian = Texts(CultureInfo.InvariantCulture, texts);
        var english = Texts(CultureInfo.GetCultureInfo("en"), texts);

        Assert.NotEmpty(indonesian);
        Assert.Equal(indonesian.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in indonesian)
        {
            Assert.False(string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(english[key]), key + " is empty");
            Assert.True(Placeholders(text).SetEquals(Placeholders(english[key])), key + " has different placeholders in English");
        }
    }

    [Fact]
    public void Resources_EveryMoveOfATicketHasANameForItsHistory()
    {
        var indonesian = Texts(CultureInfo.InvariantCulture, CounterText.ResourceManager);

        Assert.All(Enum.GetNames<MoveKind>(), move => Assert.True(indonesian.ContainsKey("Move_" + move), move + " has no name"));
    }

    private static Dictionary<string, string> Texts(CultureInfo culture, ResourceManager texts) =>
        (texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("No texts for " + culture.Name))
        .Cast<DictionaryEntry>()
        .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Regex.Matches(text, @"\{\d+\}").Select(m => m.Value)];
}
