using System.Text.RegularExpressions;

namespace MppQueue.Core;

/// <summary>What visitors' free text (a survey comment, a complaint) may not hold: control characters and markup.</summary>
internal static partial class PlainText
{
    /// <summary>A control character other than a line break or a tab.</summary>
    public static bool HasControl(string text) => text.Any(c => char.IsControl(c) && c is not '\n' and not '\t');

    /// <summary>An opening or closing tag, a comment or a processing instruction: "&lt;b", "&lt;/", "&lt;!", "&lt;?"; "&lt; 10 menit" and "&lt;3" stay allowed.</summary>
    public static bool HasMarkup(string text) => Markup().IsMatch(text);

    [GeneratedRegex(@"<\s*[/!?A-Za-z]", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
