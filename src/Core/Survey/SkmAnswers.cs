using System.Collections.Immutable;
using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// One visitor's nine answers, each 1 (tidak baik/sesuai) to 4 (sangat baik/sesuai). Valid by
/// construction: every element answered, nothing out of range.
/// </summary>
public sealed class SkmAnswers : IEquatable<SkmAnswers>
{
    public const int Lowest = 1;

    public const int Highest = 4;

    private readonly ImmutableArray<int> _values;

    private SkmAnswers(ImmutableArray<int> values) => _values = values;

    /// <summary>The nine elements in the regulation's order.</summary>
    public static ImmutableArray<SkmElement> Elements { get; } = [.. Enum.GetValues<SkmElement>().Order()];

    /// <summary>The answers in the order of <see cref="Elements"/>.</summary>
    public ImmutableArray<int> Values => _values;

    /// <summary>The sum of the nine answers (9 to 36).</summary>
    public int Total => _values.Sum();

    public int this[SkmElement element] => Enum.IsDefined(element)
        ? _values[(int)element - 1]
        : throw new ArgumentOutOfRangeException(nameof(element), element, "Not a survey element.");

    /// <summary>Answers keyed by element, as a form collects them.</summary>
    /// <exception cref="SurveyException">An element is missing or unknown, or an answer is not 1 to 4.</exception>
    public static SkmAnswers Create(IReadOnlyDictionary<SkmElement, int> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var key in answers.Keys)
        {
            if (!Enum.IsDefined(key))
            {
                throw new SurveyException(new SurveyError(SurveyErrorCode.UnknownElement, Detail: ((int)key).ToString(CultureInfo.InvariantCulture)));
            }
        }

        var values = ImmutableArray.CreateBuilder<int>(Elements.Length);
        foreach (var element in Elements)
        {
            if (!answers.TryGetValue(element, out var value))
            {
                throw new SurveyException(new SurveyError(SurveyErrorCode.MissingAnswer, Element: element));
            }

            values.Add(Checked(element, value));
        }

        return new SkmAnswers(values.MoveToImmutable());
    }

    /// <summary>Answers in the order of <see cref="Elements"/> (as stored).</summary>
    /// <exception cref="SurveyException">Fewer or more than nine, or an answer is not 1 to 4.</exception>
    public static SkmAnswers Create(IEnumerable<int> answersInOrder)
    {
        ArgumentNullException.ThrowIfNull(answersInOrder);

        // Take one more than needed, so a hostile endless sequence is never read to its end.
        var given = answersInOrder.Take(Elements.Length + 1).ToList();
        if (given.Count > Elements.Length)
        {
            throw new SurveyException(new SurveyError(SurveyErrorCode.TooManyAnswers, Detail: Elements.Length.ToString(CultureInfo.InvariantCulture)));
        }

        if (given.Count < Elements.Length)
        {
            throw new SurveyException(new SurveyError(SurveyErrorCode.MissingAnswer, Element: Elements[given.Count]));
        }

        return new SkmAnswers([.. Elements.Select((element, i) => Checked(element, given[i]))]);
    }

    public bool Equals(SkmAnswers? other) => other is not null && _values.SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as SkmAnswers);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(",", _values);

    private static int Checked(SkmElement element, int value) => value is >= Lowest and <= Highest
        ? value
        : throw new SurveyException(new SurveyError(SurveyErrorCode.AnswerOutOfRange, Element: element, Detail: value.ToString(CultureInfo.InvariantCulture)));
}
