using System.Collections.Immutable;
using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// The public satisfaction index (IKM) of PermenPANRB 14/2017: each element's mean answer, the mean of
/// the nine element means, times 25, so that it lies between 25 and 100; rounded to 2 decimals, and
/// graded on that rounded value.
/// </summary>
/// <remarks>
/// The regulation writes the mean of the means as a weighted sum with the weight 1/9 printed as
/// 0.111; that rounding would lower every index by 0.1% (100 would read 99.90), so the exact 1/9 is
/// used. Every response answers all nine elements, so the mean of the means is the sum of all
/// answers over 9 × responses, which decimal arithmetic divides once, without intermediate rounding.
/// Midpoints round away from zero (88.305 is 88.31), as people round by hand.
/// </remarks>
public static class IkmCalculator
{
    public const decimal Scale = 25m;

    public const decimal LowestA = 88.31m;

    public const decimal LowestB = 76.61m;

    public const decimal LowestC = 65.00m;

    public const decimal LowestIndex = 25.00m;

    public const decimal HighestIndex = 100.00m;

    /// <summary>The whole MPP's index over the responses served between <paramref name="from"/> and <paramref name="to"/> (local days, inclusive).</summary>
    /// <exception cref="SurveyException">The period ends before it starts.</exception>
    public static IkmResult ForSite(IEnumerable<SurveyResponse> responses, DateOnly from, DateOnly to) =>
        Compute(IkmScope.Site, string.Empty, from, to, InPeriod(responses, from, to));

    /// <summary>One index per agency that has responses in the period, ordered by agency id.</summary>
    /// <exception cref="SurveyException">The period ends before it starts.</exception>
    public static ImmutableArray<IkmResult> ByAgency(IEnumerable<SurveyResponse> responses, DateOnly from, DateOnly to) =>
        Grouped(IkmScope.Agency, r => r.AgencyId, InPeriod(responses, from, to), from, to);

    /// <summary>One index per service that has responses in the period, ordered by service id.</summary>
    /// <exception cref="SurveyException">The period ends before it starts.</exception>
    public static ImmutableArray<IkmResult> ByService(IEnumerable<SurveyResponse> responses, DateOnly from, DateOnly to) =>
        Grouped(IkmScope.Service, r => r.ServiceId, InPeriod(responses, from, to), from, to);

    /// <summary>The whole MPP, every agency and every service at once.</summary>
    /// <exception cref="SurveyException">The period ends before it starts.</exception>
    public static IkmReport Report(IEnumerable<SurveyResponse> responses, DateOnly from, DateOnly to)
    {
        var inPeriod = InPeriod(responses, from, to);
        return new IkmReport(
            from,
            to,
            Compute(IkmScope.Site, string.Empty, from, to, inPeriod),
            Grouped(IkmScope.Agency, r => r.AgencyId, inPeriod, from, to),
            Grouped(IkmScope.Service, r => r.ServiceId, inPeriod, from, to));
    }

    /// <summary>
    /// The grade of an index, decided on its value rounded to 2 decimals: A (Sangat Baik) 88.31–100.00,
    /// B (Baik) 76.61–88.30, C (Kurang Baik) 65.00–76.60, D (Tidak Baik) 25.00–64.99.
    /// </summary>
    public static SkmGrade GradeOf(decimal index)
    {
        var rounded = Round(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounded, LowestIndex, nameof(index));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rounded, HighestIndex, nameof(index));
        return rounded switch
        {
            >= LowestA => SkmGrade.A,
            >= LowestB => SkmGrade.B,
            >= LowestC => SkmGrade.C,
            _ => SkmGrade.D,
        };
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static List<SurveyResponse> InPeriod(IEnumerable<SurveyResponse> responses, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (to < from)
        {
            var period = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " – " + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            throw new SurveyException(new SurveyError(SurveyErrorCode.InvalidPeriod, Detail: period));
        }

        return [.. responses.Where(r => r.ServiceDate >= from && r.ServiceDate <= to)];
    }

    private static ImmutableArray<IkmResult> Grouped(IkmScope scope, Func<SurveyResponse, string> key, List<SurveyResponse> responses, DateOnly from, DateOnly to) =>
        [.. responses
            .GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Compute(scope, g.Key, from, to, [.. g]))];

    private static IkmResult Compute(IkmScope scope, string key, DateOnly from, DateOnly to, List<SurveyResponse> responses)
    {
        var count = responses.Count;
        if (count == 0)
        {
            return new IkmResult(scope, key, from, to, 0, [], null, null);
        }

        var elements = SkmAnswers.Elements;
        var sums = new long[elements.Length];
        foreach (var response in responses)
        {
            var values = response.Answers.Values;
            for (var i = 0; i < sums.Length; i++)
            {
                sums[i] += values[i];
            }
        }

        var means = sums.Select(sum => (decimal)sum / count).ToImmutableArray();
        var index = Round(Scale * sums.Sum() / (elements.Length * (decimal)count));
        return new IkmResult(scope, key, from, to, count, means, index, GradeOf(index));
    }
}
