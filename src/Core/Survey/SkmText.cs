using System.Globalization;
using System.Resources;

namespace MppQueue.Core;

/// <summary>
/// The survey's wording for people, from SurveyText.resx (Indonesian) and SurveyText.en.resx (English):
/// each element's name and question, the label of each of its four answers, and the grade labels.
/// </summary>
public static class SkmText
{
    private static readonly ResourceManager _text = new("MppQueue.Core.Resources.SurveyText", typeof(SkmText).Assembly);

    /// <summary>The element's short name, e.g. "Persyaratan".</summary>
    public static string ElementName(SkmElement element, CultureInfo culture) => Get("Element_" + Checked(element), culture);

    /// <summary>The regulation's question for the element, e.g. "Bagaimana pendapat Saudara tentang kesesuaian persyaratan …?".</summary>
    public static string Question(SkmElement element, CultureInfo culture) => Get("Question_" + Checked(element), culture);

    /// <summary>The label of one answer (1 to 4) of an element, e.g. Persyaratan 1 "Tidak sesuai", 4 "Sangat sesuai".</summary>
    public static string AnswerLabel(SkmElement element, int answer, CultureInfo culture)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(answer, SkmAnswers.Lowest);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(answer, SkmAnswers.Highest);
        return Get(string.Create(CultureInfo.InvariantCulture, $"Answer_{Checked(element)}_{answer}"), culture);
    }

    /// <summary>The grade's name, e.g. A "Sangat Baik".</summary>
    public static string GradeLabel(SkmGrade grade, CultureInfo culture)
    {
        if (!Enum.IsDefined(grade))
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade, "Not a grade.");
        }

        return Get("Grade_" + grade, culture);
    }

    internal static string Get(string key, CultureInfo culture) => _text.GetString(key, culture) ?? key;

    private static SkmElement Checked(SkmElement element) =>
        Enum.IsDefined(element) ? element : throw new ArgumentOutOfRangeException(nameof(element), element, "Not a survey element.");
}
