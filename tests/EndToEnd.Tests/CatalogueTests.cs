using Microsoft.Playwright;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>
/// An agency's standard goes from the service form to the public: an admin fills it in /admin/services, a visitor finds
/// the service in /layanan by a search with a typo, reads the standard on its page, and it prints on one A4 page.
/// </summary>
public class CatalogueTests
{
    private const string ServiceId = "pbg";
    private const string Time = "Paling lama 21 hari kerja setelah dokumen lengkap";
    private const string Requirement = "Surat kuasa bermeterai bila dikuasakan";
    private const string Product = "Dokumen PBG dan lampiran gambar yang disahkan";

    [Fact]
    public async Task Standard_FilledByAdmin_IsFoundReadAndPrintedOnOnePage()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var engine = factory.Engine;
        await using var browser = await Browser.LaunchAsync();

        var signIn = new CounterScreen(await browser.NewPageAsync(address, 1440, 1000));
        await signIn.SignInAsync("admin");
        var admin = new AdminScreen(signIn.Page);
        await admin.OpenPageAsync("/admin/services/" + ServiceId);
        var requirements = admin.Page.Locator("input[data-testid='standard-requirement-id']");
        var before = await requirements.CountAsync();
        await admin.ClickAsync("standard-requirement-add");
        await Expect(requirements).ToHaveCountAsync(before + 1);
        await requirements.Last.FillAsync(Requirement);
        await requirements.Last.BlurAsync();
        await admin.FillAsync("standard-time-id", Time);
        await admin.FillAsync("standard-product-id", Product);
        await admin.ClickAsync("service-save");
        await EventuallyAsync(() => engine.Catalog.Services[ServiceId].Standard.TimeToCompleteId == Time);
        Assert.Equal(Requirement, engine.Catalog.Services[ServiceId].Standard.Requirements[^1].Id);

        var catalogue = new CatalogueScreen(await browser.NewPageAsync(address, 390, 844, isMobile: true));
        await catalogue.OpenAsync();
        await catalogue.SearchAsync("persetujuan bangnan");
        await catalogue.SaveScreenshotAsync("catalogue-search.png");
        await catalogue.OpenResultAsync(ServiceId);
        await Expect(catalogue.Standard).ToContainTextAsync(Requirement);
        await Expect(catalogue.Standard).ToContainTextAsync(Time);
        await Expect(catalogue.Standard).ToContainTextAsync(Product);
        await catalogue.SaveScreenshotAsync("catalogue-service.png");

        Assert.Equal(1, await catalogue.PrintedPagesAsync("catalogue-service.pdf"));
    }

    private static async Task EventuallyAsync(Func<bool> probe)
    {
        for (var i = 0; i < 100 && !probe(); i++)
        {
            await Task.Delay(200);
        }

        Assert.True(probe(), "The change reached the engine.");
    }
}
