using MppQueue.Core.Tests.Support;
using static MppQueue.Core.Tests.Support.EngineHarness;
using static MppQueue.Core.Tests.Support.SurveyData;

namespace MppQueue.Core.Tests;

public class IkmCalculatorTests
{
    private static readonly DateOnly From = new(2026, 11, 1);
    private static readonly DateOnly To = new(2026, 11, 30);

    /// <summary>
    /// Four responses, answers per element U1..U9:
    ///   R1: 4 4 4 4 4 4 4 4 4  (sum 36)
    ///   R2: 3 3 3 3 3 3 3 3 3  (sum 27)
    ///   R3: 4 3 3 2 4 4 4 3 3  (sum 30)
    ///   R4: 3 2 3 1 4 3 4 2 3  (sum 25)
    /// Element sums: 14 12 13 10 15 14 15 12 13, so the element means (÷4) are
    ///   3.50 3.00 3.25 2.50 3.75 3.50 3.75 3.00 3.25.
    /// Their sum is 29.50 (= 118 ÷ 4); their mean 29.50 ÷ 9 = 3.27777…;
    /// IKM = 3.27777… × 25 = 81.9444… → 81.94, which lies in 76.61–88.30: B (Baik).
    /// </summary>
    [Fact]
    public void ForSite_WorkedExample_MatchesTheHandComputation()
    {
        List<SurveyResponse> responses =
        [
            Response([4, 4, 4, 4, 4, 4, 4, 4, 4]),
            Response([3, 3, 3, 3, 3, 3, 3, 3, 3]),
            Response([4, 3, 3, 2, 4, 4, 4, 3, 3]),
            Response([3, 2, 3, 1, 4, 3, 4, 2, 3]),
        ];

        var result = IkmCalculator.ForSite(responses, From, To);

        Assert.Equal(4, result.ResponseCount);
        Assert.Equal([3.50m, 3.00m, 3.25m, 2.50m, 3.75m, 3.50m, 3.75m, 3.00m, 3.25m], result.ElementMeans.ToArray());
        Assert.Equal(2.50m, result.MeanOf(SkmElement.Cost));
        Assert.Equal(81.94m, result.Index);
        Assert.Equal(SkmGrade.B, result.Grade);
        Assert.Equal(IkmScope.Site, result.Scope);
    }

    [Theory]
    [InlineData("100.00", SkmGrade.A)]
    [InlineData("88.31", SkmGrade.A)]
    [InlineData("88.30", SkmGrade.B)]
    [InlineData("76.61", SkmGrade.B)]
    [InlineData("76.60", SkmGrade.C)]
    [InlineData("65.00", SkmGrade.C)]
    [InlineData("64.99", SkmGrade.D)]
    [InlineData("25.00", SkmGrade.D)]
    [InlineData("88.305", SkmGrade.A)] // rounds to 88.31
    [InlineData("88.3049", SkmGrade.B)] // rounds to 88.30
    [InlineData("64.995", SkmGrade.C)] // rounds to 65.00
    public void GradeOf_Boundaries_AreExactOnTheTwoDecimalValue(string index, SkmGrade expected)
    {
        Assert.Equal(expected, IkmCalculator.GradeOf(decimal.Parse(index, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("24.99")]
    [InlineData("100.01")]
    public void GradeOf_OutsideTheScale_Throws(string index)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IkmCalculator.GradeOf(decimal.Parse(index, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// IKM = 25 × (sum of all answers) ÷ (9 × responses). The pairs below put the exact value just on
    /// either side of each boundary, e.g. 19 responses adding up to 604: 25 × 604 ÷ 171 = 88.3040… → 88.30 (B),
    /// 43 responses adding up to 1367: 25 × 1367 ÷ 387 = 88.3074… → 88.31 (A).
    /// </summary>
    [Theory]
    [InlineData(43, 1367, "88.31", SkmGrade.A)] // 88.3074…
    [InlineData(19, 604, "88.30", SkmGrade.B)] // 88.3040…
    [InlineData(19, 524, "76.61", SkmGrade.B)] // 76.6081…
    [InlineData(26, 717, "76.60", SkmGrade.C)] // 76.6025…
    [InlineData(5, 117, "65.00", SkmGrade.C)] // exactly 65
    [InlineData(58, 1357, "64.99", SkmGrade.D)] // 64.9904…
    [InlineData(3, 27, "25.00", SkmGrade.D)] // every answer 1
    [InlineData(3, 108, "100.00", SkmGrade.A)] // every answer 4
    public void ForSite_IndexNextToABoundary_IsRoundedThenGraded(int count, int total, string index, SkmGrade grade)
    {
        var result = IkmCalculator.ForSite(WithTotal(count, total), From, To);

        Assert.Equal(decimal.Parse(index, System.Globalization.CultureInfo.InvariantCulture), result.Index);
        Assert.Equal(grade, result.Grade);
    }

    [Fact]
    public void Report_ServicesOfTwoAgencies_GroupsByServiceAgencyAndSite()
    {
        List<SurveyResponse> responses =
        [
            Uniform(4, "a", "disdukcapil"),
            Uniform(4, "a", "disdukcapil"),
            Uniform(2, "b", "disdukcapil"),
            Uniform(3, "sk", "polres"),
        ];

        var report = IkmCalculator.Report(responses, From, To);

        // Services: a = 4 × 25 = 100 (A); b = 2 × 25 = 50 (D); sk = 3 × 25 = 75 (C).
        Assert.Equal(["a", "b", "sk"], report.Services.Select(r => r.Key));
        Assert.Equal([100.00m, 50.00m, 75.00m], report.Services.Select(r => r.Index!.Value));
        Assert.Equal([SkmGrade.A, SkmGrade.D, SkmGrade.C], report.Services.Select(r => r.Grade!.Value));
        Assert.Equal([2, 1, 1], report.Services.Select(r => r.ResponseCount));

        // Agencies weigh responses, not services: disdukcapil = (4 + 4 + 2) ÷ 3 × 25 = 83.33 (B); polres 75 (C).
        Assert.Equal(["disdukcapil", "polres"], report.Agencies.Select(r => r.Key));
        Assert.Equal([83.33m, 75.00m], report.Agencies.Select(r => r.Index!.Value));
        Assert.All(report.Agencies, r => Assert.Equal(IkmScope.Agency, r.Scope));

        // Site: (4 + 4 + 2 + 3) ÷ 4 × 25 = 81.25 (B).
        Assert.Equal(81.25m, report.Site.Index);
        Assert.Equal(SkmGrade.B, report.Site.Grade);
        Assert.Equal(4, report.Site.ResponseCount);
        Assert.Equal(report.Services.ToArray(), IkmCalculator.ByService(responses, From, To).ToArray());
        Assert.Equal(report.Agencies.ToArray(), IkmCalculator.ByAgency(responses, From, To).ToArray());
    }

    [Fact]
    public void ForSite_ResponsesAroundThePeriod_CountsOnlyDaysInside_BothEndsIncluded()
    {
        List<SurveyResponse> responses =
        [
            Uniform(1, day: new DateOnly(2026, 10, 31)),
            Uniform(4, day: new DateOnly(2026, 11, 1)),
            Uniform(3, day: new DateOnly(2026, 11, 15)),
            Uniform(4, day: new DateOnly(2026, 11, 30)),
            Uniform(1, day: new DateOnly(2026, 12, 1)),
        ];

        var november = IkmCalculator.ForSite(responses, From, To);
        var oneDay = IkmCalculator.ForSite(responses, new DateOnly(2026, 11, 15), new DateOnly(2026, 11, 15));

        // (4 + 3 + 4) ÷ 3 × 25 = 91.67.
        Assert.Equal(3, november.ResponseCount);
        Assert.Equal(91.67m, november.Index);
        Assert.Equal(1, oneDay.ResponseCount);
        Assert.Equal(75.00m, oneDay.Index);
    }

    [Fact]
    public void ForSite_NoResponses_HasNoIndexAndNoGrade()
    {
        var result = IkmCalculator.ForSite([Uniform(4, day: new DateOnly(2026, 12, 5))], From, To);

        Assert.Equal(0, result.ResponseCount);
        Assert.Null(result.Index);
        Assert.Null(result.Grade);
        Assert.Null(result.MeanOf(SkmElement.Requirements));
        Assert.Empty(IkmCalculator.ByService([], From, To));
    }

    [Fact]
    public void Report_PeriodEndsBeforeItStarts_IsRefusedInBothLanguages()
    {
        var error = Assert.Throws<SurveyException>(() => IkmCalculator.Report([], To, From));

        Assert.Equal(SurveyErrorCode.InvalidPeriod, error.Code);
        Assert.Equal("Periode tidak sah (2026-11-30 – 2026-11-01): tanggal akhir tidak boleh sebelum tanggal awal.", error.Error.Describe(Indonesian));
        Assert.Equal("Invalid period (2026-11-30 – 2026-11-01): the end date may not be before the start date.", error.Message);
    }

    [Fact]
    public void SkmText_EveryElementAndGrade_HasWordingInBothLanguages()
    {
        foreach (var element in SkmAnswers.Elements)
        {
            foreach (var culture in new[] { Indonesian, English })
            {
                Assert.NotEqual("Element_" + element, SkmText.ElementName(element, culture));
                Assert.EndsWith("?", SkmText.Question(element, culture), StringComparison.Ordinal);
                var labels = Enumerable.Range(1, 4).Select(a => SkmText.AnswerLabel(element, a, culture)).ToList();
                Assert.Equal(4, labels.Distinct().Count());
                Assert.DoesNotContain(labels, l => l.StartsWith("Answer_", StringComparison.Ordinal));
            }

            Assert.NotEqual(SkmText.Question(element, Indonesian), SkmText.Question(element, English));
        }

        Assert.Equal("Persyaratan", SkmText.ElementName(SkmElement.Requirements, Indonesian));
        Assert.Equal("Tidak sesuai", SkmText.AnswerLabel(SkmElement.Requirements, 1, Indonesian));
        Assert.Equal("Sangat sesuai", SkmText.AnswerLabel(SkmElement.Requirements, 4, Indonesian));
        Assert.Equal("Gratis", SkmText.AnswerLabel(SkmElement.Cost, 4, Indonesian));
        Assert.Equal("Sarana dan prasarana", SkmText.ElementName(SkmElement.Facilities, Indonesian));
        Assert.Equal(["Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"], Enum.GetValues<SkmGrade>().Select(g => SkmText.GradeLabel(g, Indonesian)));
        Assert.Equal(["Very good", "Good", "Fair", "Poor"], Enum.GetValues<SkmGrade>().Select(g => SkmText.GradeLabel(g, English)));
    }
}
