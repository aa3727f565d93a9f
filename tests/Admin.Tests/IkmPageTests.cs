using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.Admin.Pages;
using MppQueue.Admin.Tests.Support;
using MppQueue.Core;

namespace MppQueue.Admin.Tests;

/// <summary>
/// The index page over answers given through the survey for tickets the engine really served. The clock stands on
/// Monday 23 November 2026, so "this month" is 1–30 November 2026.
/// </summary>
public class IkmPageTests : AdminTestBase
{
    private SurveyService Survey => Services.GetRequiredService<SurveyService>();

    /// <summary>Issues, calls and finishes a ticket at the service's first desk, then answers its survey.</summary>
    private void Answered(string serviceId, int value, int? cost = null)
    {
        var desk = DeskFor(serviceId);
        var ticket = Engine.Issue(new IssueRequest(serviceId));
        Assert.Equal(ticket.Id, Engine.CallNext(desk.Id).Id);
        Engine.StartServing(desk.Id, ticket.Id);
        var done = Engine.Finish(desk.Id, ticket.Id);
        Survey.Submit(done.Token, SkmAnswers.Elements.ToDictionary(e => e, e => e == SkmElement.Cost && cost is { } c ? c : value), null);
    }

    // Worked example, by hand:
    //   KTP-el (Disdukcapil): all 4 except Biaya = 2 (sum 34), and all 3 (sum 27): IKM 25 × 61 / 18 = 84.72, B (Baik); Biaya (2 + 3) / 2 = 2.50.
    //   Paspor (Imigrasi): all 2 (sum 18): IKM 50.00, D (Tidak Baik).
    //   Whole MPP: 25 × 79 / 27 = 73.148… → 73.15, C (Kurang Baik); Persyaratan (4 + 3 + 2) / 3 = 3.00, Biaya (2 + 3 + 2) / 3 = 2.33.
    private void WorkedExample()
    {
        Answered("ktp-el", 4, cost: 2);
        Answered("ktp-el", 3);
        Answered("paspor", 2);
    }

    private static IElement Line(IRenderedComponent<IkmPage> page, string scope, string key) =>
        page.Find($"[data-testid=ikm-line][data-scope={scope}][data-key='{key}']");

    private static string Cell(IElement line, string testId) => line.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private static string Mean(IRenderedComponent<IkmPage> page, SkmElement element) =>
        page.Find($"[data-testid=ikm-element][data-element={element}] [data-testid=ikm-element-mean]").TextContent.Trim();

    [Fact]
    public void Render_MppSupervisor_ShowsIndexGradeAndCountsForMppAgencyAndService()
    {
        WorkedExample();
        SignedInAs("supervisor");

        var page = Render<IkmPage>();

        Assert.Equal("Periode: 1 November 2026 – 30 November 2026", page.Find("[data-testid=ikm-period]").TextContent.Trim());
        Assert.Equal("Seluruh MPP", page.Find("[data-testid=ikm-headline-name]").TextContent.Trim());
        Assert.Equal("73,15", page.Find("[data-testid=ikm-headline-index]").TextContent.Trim());
        Assert.Equal("C · Kurang Baik", page.Find("[data-testid=ikm-headline-grade]").TextContent.Trim());
        Assert.Equal("3 responden", page.Find("[data-testid=ikm-headline-count]").TextContent.Trim());
        Assert.Equal("3,00", Mean(page, SkmElement.Requirements));
        Assert.Equal("2,33", Mean(page, SkmElement.Cost));

        var site = Line(page, "Site", "");
        Assert.Equal(("3", "73,15", "C · Kurang Baik"), (Cell(site, "ikm-line-count"), Cell(site, "ikm-line-index"), Cell(site, "ikm-line-grade")));
        var disdukcapil = Line(page, "Agency", "disdukcapil");
        Assert.Equal(("Disdukcapil", "2", "84,72", "B · Baik"), (Cell(disdukcapil, "ikm-line-name"), Cell(disdukcapil, "ikm-line-count"), Cell(disdukcapil, "ikm-line-index"), Cell(disdukcapil, "ikm-line-grade")));
        var ktp = Line(page, "Service", "ktp-el");
        Assert.Equal(("KTP-el (Kartu Tanda Penduduk Elektronik)", "2", "84,72", "B · Baik"), (Cell(ktp, "ikm-line-name"), Cell(ktp, "ikm-line-count"), Cell(ktp, "ikm-line-index"), Cell(ktp, "ikm-line-grade")));
        Assert.Contains("2,50", ktp.TextContent, StringComparison.Ordinal);
        var paspor = Line(page, "Service", "paspor");
        Assert.Equal(("1", "50,00", "D · Tidak Baik"), (Cell(paspor, "ikm-line-count"), Cell(paspor, "ikm-line-index"), Cell(paspor, "ikm-line-grade")));
        Assert.Equal(5, page.FindAll("[data-testid=ikm-line]").Count);
    }

    [Fact]
    public void Render_MppSupervisor_DownloadLinksToTheCsvOfThePeriod()
    {
        WorkedExample();
        SignedInAs("supervisor");

        var page = Render<IkmPage>();

        var download = page.Find("[data-testid=ikm-download]");
        Assert.Equal("/reports/ikm.csv?from=2026-11-01&to=2026-11-30", download.GetAttribute("href"));
        Assert.Equal("ikm-2026-11-01_2026-11-30.csv", download.GetAttribute("download"));
    }

    [Fact]
    public void Render_AgencySupervisor_SeesOnlyTheirAgencyAndItsServices_NeverTheMpp()
    {
        WorkedExample();
        SignedInAs("supervisor-disdukcapil");

        var page = Render<IkmPage>();

        Assert.Equal("Disdukcapil", page.Find("[data-testid=ikm-headline-name]").TextContent.Trim());
        Assert.Equal("84,72", page.Find("[data-testid=ikm-headline-index]").TextContent.Trim());
        Assert.Equal("B · Baik", page.Find("[data-testid=ikm-headline-grade]").TextContent.Trim());
        Assert.Equal("2 responden", page.Find("[data-testid=ikm-headline-count]").TextContent.Trim());
        Assert.Equal("2,50", Mean(page, SkmElement.Cost));
        Assert.Equal(
            ["Agency:disdukcapil", "Service:ktp-el"],
            page.FindAll("[data-testid=ikm-line]").Select(l => l.GetAttribute("data-scope") + ":" + l.GetAttribute("data-key")));
        Assert.DoesNotContain("Seluruh MPP", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("73,15", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Paspor", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AgencySupervisor_OnlyOtherAgenciesAnswered_SaysThePeriodIsEmpty()
    {
        Answered("paspor", 4);
        SignedInAs("supervisor-disdukcapil");

        var page = Render<IkmPage>();

        Assert.Equal("Belum ada jawaban survei pada periode 1 November 2026 – 30 November 2026.", page.Find("[data-testid=ikm-empty]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=ikm-line]"));
    }

    [Fact]
    public void ClickLastMonth_AnswersOnlyThisMonth_SaysThePeriodIsEmpty()
    {
        WorkedExample();
        SignedInAs("supervisor");
        var page = Render<IkmPage>();

        page.Find("[data-testid=ikm-choice-LastMonth]").Click();

        Assert.Equal("Periode: 1 Oktober 2026 – 31 Oktober 2026", page.Find("[data-testid=ikm-period]").TextContent.Trim());
        Assert.Equal("Belum ada jawaban survei pada periode 1 Oktober 2026 – 31 Oktober 2026.", page.Find("[data-testid=ikm-empty]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=ikm-headline]"));
        Assert.Equal("/reports/ikm.csv?from=2026-10-01&to=2026-10-31", page.Find("[data-testid=ikm-download]").GetAttribute("href"));
    }

    [Fact]
    public void ClickThisYear_CountsTheWholeYear()
    {
        WorkedExample();
        SignedInAs("supervisor");
        var page = Render<IkmPage>();

        page.Find("[data-testid=ikm-choice-ThisYear]").Click();

        Assert.Equal("Periode: 1 Januari 2026 – 31 Desember 2026", page.Find("[data-testid=ikm-period]").TextContent.Trim());
        Assert.Equal("73,15", page.Find("[data-testid=ikm-headline-index]").TextContent.Trim());
    }

    [Fact]
    public void CustomPeriod_EndBeforeStart_SaysSoAndOffersNoDownload()
    {
        WorkedExample();
        SignedInAs("supervisor");
        var page = Render<IkmPage>();

        page.Find("[data-testid=ikm-choice-Custom]").Click();
        page.Find("input[data-testid=ikm-from]").Change("2026-11-20");
        page.Find("input[data-testid=ikm-to]").Change("2026-11-10");

        Assert.Equal(
            "Tanggal akhir (10 November 2026) lebih awal dari tanggal awal (20 November 2026). Pilih tanggal akhir yang sama dengan atau sesudah tanggal awal.",
            page.Find("[data-testid=ikm-problem]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=ikm-download]"));
        Assert.Empty(page.FindAll("[data-testid=ikm-line]"));
    }

    [Fact]
    public void CustomPeriod_LongerThanAYear_SaysSo()
    {
        SignedInAs("supervisor");
        var page = Render<IkmPage>();

        page.Find("[data-testid=ikm-choice-Custom]").Click();
        page.Find("input[data-testid=ikm-from]").Change("2024-01-01");

        Assert.Contains("terlalu panjang; paling lama 366 hari", page.Find("[data-testid=ikm-problem]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=ikm-download]"));
    }

    [Fact]
    public void CustomPeriod_OneDay_CountsThatDayOnly()
    {
        WorkedExample();
        SignedInAs("supervisor");
        var page = Render<IkmPage>();

        page.Find("[data-testid=ikm-choice-Custom]").Click();
        page.Find("input[data-testid=ikm-from]").Change("2026-11-23");
        page.Find("input[data-testid=ikm-to]").Change("2026-11-23");

        Assert.Equal("73,15", page.Find("[data-testid=ikm-headline-index]").TextContent.Trim());
        Assert.Equal("/reports/ikm.csv?from=2026-11-23&to=2026-11-23", page.Find("[data-testid=ikm-download]").GetAttribute("href"));
    }

    [Fact]
    public void Render_NoAnswers_SaysThePeriodIsEmpty()
    {
        SignedInAs("supervisor");

        var page = Render<IkmPage>();

        Assert.Equal("Belum ada jawaban survei pada periode 1 November 2026 – 30 November 2026.", page.Find("[data-testid=ikm-empty]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=ikm-headline]"));
    }

    [Fact]
    public void Render_English_ShowsEnglishWordsAndFigures()
    {
        WorkedExample();
        UseCulture("en");
        SignedInAs("supervisor");

        var page = Render<IkmPage>();

        Assert.Equal("Public Satisfaction Index (IKM)", page.Find("h1").TextContent.Trim());
        Assert.Equal("Period: 1 November 2026 – 30 November 2026", page.Find("[data-testid=ikm-period]").TextContent.Trim());
        Assert.Equal("Whole MPP", page.Find("[data-testid=ikm-headline-name]").TextContent.Trim());
        Assert.Equal("73.15", page.Find("[data-testid=ikm-headline-index]").TextContent.Trim());
        Assert.Equal("C · Fair", page.Find("[data-testid=ikm-headline-grade]").TextContent.Trim());
        Assert.Equal("3 responses", page.Find("[data-testid=ikm-headline-count]").TextContent.Trim());
        Assert.Equal("Electronic identity card (KTP-el)", Cell(Line(page, "Service", "ktp-el"), "ikm-line-name"));
        Assert.Equal("Download CSV", page.Find("[data-testid=ikm-download]").TextContent.Trim());
    }
}
