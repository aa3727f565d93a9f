using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// The visitor's complaint text: plain text of at most <see cref="MaxLength"/> characters, cleaned as the survey's
/// comment is (<see cref="SkmComment"/>): trimmed, line breaks as \n, and anything that looks like markup or holds a
/// control character refused rather than silently altered (the agency's staff read it in their own systems).
/// </summary>
public static class ComplaintText
{
    public const int MaxLength = 1000;

    /// <exception cref="ComplaintException">Empty, too long, or not plain text.</exception>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ComplaintException(ComplaintError.Empty);
        }

        // A huge value is refused before any work is done on it.
        if (text.Length > MaxLength * 4)
        {
            throw TooLong();
        }

        var clean = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        if (new StringInfo(clean).LengthInTextElements > MaxLength)
        {
            throw TooLong();
        }

        if (PlainText.HasControl(clean))
        {
            throw new ComplaintException(ComplaintError.NotPlainText);
        }

        return PlainText.HasMarkup(clean) ? throw new ComplaintException(ComplaintError.HasMarkup) : clean;
    }

    private static ComplaintException TooLong() => new(ComplaintError.TooLong, MaxLength.ToString(CultureInfo.InvariantCulture));
}
