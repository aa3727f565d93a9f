using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// The optional comment (saran dan masukan) of a survey answer: plain text of at most
/// <see cref="MaxLength"/> characters. It is shown later on supervisor pages and in CSV exports,
/// so anything that looks like markup is refused rather than silently altered.
/// </summary>
public static class SkmComment
{
    public const int MaxLength = 500;

    /// <summary>The comment as stored: trimmed, line breaks as \n, null when empty.</summary>
    /// <exception cref="SurveyException">Too long, or not plain text (a tag, a control character).</exception>
    public static string? Clean(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return null;
        }

        // A huge value is refused before any work is done on it.
        if (comment.Length > MaxLength * 4)
        {
            throw TooLong();
        }

        var text = comment.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        if (new StringInfo(text).LengthInTextElements > MaxLength)
        {
            throw TooLong();
        }

        if (PlainText.HasControl(text))
        {
            throw new SurveyException(new SurveyError(SurveyErrorCode.CommentNotPlainText));
        }

        if (PlainText.HasMarkup(text))
        {
            throw new SurveyException(new SurveyError(SurveyErrorCode.CommentHasMarkup));
        }

        return text;
    }

    private static SurveyException TooLong() =>
        new(new SurveyError(SurveyErrorCode.CommentTooLong, Detail: MaxLength.ToString(CultureInfo.InvariantCulture)));
}
