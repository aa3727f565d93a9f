namespace MppQueue.Core.Tests.Support;

/// <summary>Builders for survey responses.</summary>
public static class SurveyData
{
    public static readonly DateOnly Day = new(2026, 11, 23);

    private static int _next;

    /// <summary>A response with the nine answers given in element order.</summary>
    public static SurveyResponse Response(int[] answers, string service = "a", string agency = "disdukcapil", DateOnly? day = null)
    {
        var n = Interlocked.Increment(ref _next);
        return new SurveyResponse
        {
            Id = "r-" + n,
            TicketId = "t-" + n,
            ServiceId = service,
            AgencyId = agency,
            DeskId = "loket-01",
            ServiceDate = day ?? Day,
            SubmittedAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7)),
            Answers = SkmAnswers.Create(answers),
        };
    }

    /// <summary>The same nine answers for every element.</summary>
    public static SurveyResponse Uniform(int answer, string service = "a", string agency = "disdukcapil", DateOnly? day = null) =>
        Response(Enumerable.Repeat(answer, 9).ToArray(), service, agency, day);

    /// <summary>
    /// <paramref name="count"/> responses whose answers add up to <paramref name="total"/> over all of them
    /// (every answer starts at 1 and points are added, answer by answer, up to 4).
    /// </summary>
    public static List<SurveyResponse> WithTotal(int count, int total)
    {
        var grid = new int[count, 9];
        var left = total - (9 * count);
        Assert.InRange(left, 0, 27 * count);
        for (var r = 0; r < count; r++)
        {
            for (var e = 0; e < 9; e++)
            {
                var extra = Math.Min(3, left);
                grid[r, e] = 1 + extra;
                left -= extra;
            }
        }

        return [.. Enumerable.Range(0, count).Select(r => Response([.. Enumerable.Range(0, 9).Select(e => grid[r, e])]))];
    }
}
