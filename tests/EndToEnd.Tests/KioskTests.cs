using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>The kiosk in Chromium at its two shapes, portrait 1080×1920 and landscape 1920×1080, as a visitor uses it.</summary>
public class KioskTests
{
    public static TheoryData<int, int, string> Orientations => new()
    {
        { 1080, 1920, "portrait" },
        { 1920, 1080, "landscape" },
    };

    [Theory]
    [MemberData(nameof(Orientations))]
    public async Task TakeTicket_ThreeTaps_SlipShowsNumberAndItsQrLeadsToTheTicketPage(int width, int height, string shape)
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        FillQuota(factory.Engine, "akta-kematian");
        await using var browser = await Browser.LaunchAsync();
        var kiosk = new KioskScreen(await browser.NewPageAsync(address, width, height));

        await kiosk.OpenAsync();
        await Expect(kiosk.Title).ToHaveTextAsync("Selamat datang. Silakan ambil nomor antrian.");
        await kiosk.SaveScreenshotAsync($"kiosk-{shape}-1-agencies.png");
        await kiosk.ChooseAgencyAsync("disdukcapil");
        await Expect(kiosk.Service("akta-kematian")).ToBeDisabledAsync();
        await Expect(kiosk.Service("akta-kematian")).ToContainTextAsync("Kuota");
        await kiosk.SaveScreenshotAsync($"kiosk-{shape}-2-services.png");
        await kiosk.ChooseServiceAsync("ktp-el");
        await kiosk.SaveScreenshotAsync($"kiosk-{shape}-3-priority.png");
        var number = await kiosk.AnswerPriorityAsync("Elderly");
        await kiosk.SaveScreenshotAsync($"kiosk-{shape}-4-ticket.png");

        var read = await kiosk.ReadQrAsync(await JsQr.ScriptAsync());
        var page = new TicketScreen(await browser.NewPageAsync(address, 412, 915, isMobile: true));
        await page.OpenAsync(new Uri(read!));
        await page.SaveScreenshotAsync($"kiosk-{shape}-5-phone.png");

        var ticket = Assert.Single(factory.Engine.TicketsToday(), t => t.ServiceId == "ktp-el");
        Assert.Equal("A001", number);
        Assert.Equal(PriorityGroup.Elderly, ticket.Priority);
        Assert.Equal(new Uri(address, "t/" + ticket.Token).AbsoluteUri, read);
        Assert.Equal(number, await page.NumberAsync());
    }

    [Theory]
    [MemberData(nameof(Orientations))]
    public async Task SwitchLanguage_OnTheServiceStep_StaysThereAndSpeaksEnglishThenIndonesian(int width, int height, string shape)
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        await using var browser = await Browser.LaunchAsync();
        var kiosk = new KioskScreen(await browser.NewPageAsync(address, width, height));
        await kiosk.OpenAsync();
        await kiosk.ChooseAgencyAsync("imigrasi");

        await kiosk.SwitchLanguageAsync("en");

        await kiosk.WaitForStepAsync("Services");
        await Expect(kiosk.Page.Locator("h2")).ToHaveTextAsync("Choose a service");
        await Expect(kiosk.Service("paspor")).ToContainTextAsync("Passport (new and renewal)");
        await Expect(kiosk.Service("paspor")).ToContainTextAsync("Today's quota left: 30");
        await Expect(kiosk.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await kiosk.SaveScreenshotAsync($"kiosk-{shape}-english.png");

        await kiosk.SwitchLanguageAsync("id");

        await Expect(kiosk.Page.Locator("h2")).ToHaveTextAsync("Pilih layanan");
        await Expect(kiosk.Service("paspor")).ToContainTextAsync("Sisa kuota hari ini: 30");
    }

    [Theory]
    [InlineData(80)]
    [InlineData(58)]
    public async Task PrintLayout_PrintMedia_OnlyTheTicketOnOnePageNoWiderThanThePaper(int paper)
    {
        using var factory = new MppQueueFactory(settings: new Dictionary<string, string> { ["MppQueue:Kiosk:PaperWidth"] = paper.ToString(CultureInfo.InvariantCulture) });
        var address = factory.StartOnRealPort();
        await using var browser = await Browser.LaunchAsync();
        var kiosk = new KioskScreen(await browser.NewPageAsync(address, 1080, 1920));
        await kiosk.OpenAsync();
        var number = await kiosk.TakeTicketAsync("polres", "skck");

        // The page prints by itself once the ticket is shown; only then is the PDF asked for.
        await kiosk.WaitForPrintAsync();
        await kiosk.Page.EmulateMediaAsync(new() { Media = Media.Print });

        var paperPx = paper / 25.4 * 96;
        var ticket = kiosk.Page.Locator("[data-testid='print-ticket']");
        await Expect(ticket).ToBeVisibleAsync();
        await Expect(kiosk.Slip).ToBeHiddenAsync();
        await Expect(kiosk.Page.Locator(".kiosk-header")).ToBeHiddenAsync();
        var box = (await ticket.BoundingBoxAsync())!;
        var widest = await kiosk.Page.EvaluateAsync<double>(
            "() => Math.max(...[...document.querySelectorAll('.print-ticket, .print-ticket *')].map(e => e.getBoundingClientRect().right))");
        var qr = (await kiosk.Page.Locator("[data-testid='print-qr'] svg").BoundingBoxAsync())!;
        await Artifacts.ScreenshotAsync(ticket, $"kiosk-print-{paper}mm.png");
        var pdf = await kiosk.Page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        await File.WriteAllBytesAsync(Artifacts.File($"kiosk-print-{paper}mm.pdf"), pdf);

        await Expect(ticket).ToContainTextAsync(number);
        Assert.Equal(1, await kiosk.PrintCallsAsync());
        Assert.True(box.Width <= paperPx + 0.5, $"The ticket is {box.Width:0.0}px wide; {paper} mm paper is {paperPx:0.0}px.");
        Assert.True(widest <= box.X + paperPx + 0.5, $"Something on the ticket reaches {widest - box.X:0.0}px; the paper is {paperPx:0.0}px.");

        // At least 4 printer dots (203 dpi) per QR module: a 45-module code needs 45 × 4 / 203 inch.
        Assert.True(qr.Width >= 45 * 4 / 203.0 * 96, $"The QR is {qr.Width:0.0}px wide, too small for 4 dots a module.");
        var (pages, pageWidth) = PdfPages(pdf);
        Assert.Equal(1, pages);
        Assert.InRange(pageWidth, paper / 25.4 * 72 - 1, paper / 25.4 * 72 + 1);
    }

    private static void FillQuota(QueueEngine engine, string serviceId)
    {
        var left = engine.Availability(serviceId).QuotaLeft;
        for (var i = 0; i < left; i++)
        {
            engine.Issue(new IssueRequest(serviceId));
        }
    }

    /// <summary>How many pages the PDF has and the first one's width in points (Chromium writes plain MediaBoxes).</summary>
    private static (int Pages, double Width) PdfPages(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var pages = Regex.Count(text, @"/Type\s*/Page[^s]");
        var box = Regex.Match(text, @"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]");
        Assert.True(box.Success, "The PDF has no MediaBox.");
        return (pages, double.Parse(box.Groups[3].Value, CultureInfo.InvariantCulture) - double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture));
    }
}
