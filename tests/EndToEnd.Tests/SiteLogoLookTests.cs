using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>
/// The uploaded logo in a real browser: the kiosk's header takes it up live, the wall screen prefers it, and the
/// browser decodes what /site/logo serves. Screenshots go to TestResults/artifacts/ to be looked at.
/// </summary>
public sealed class SiteLogoLookTests
{
    // A 96×96 PNG: a navy and gold roundel with a building.
    private static readonly byte[] _logo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAMAAADVRocKAAAADFBMVEX///8LPG7msCDIHi0N+Bb9AAAABHRSTlMA////sy1AiAAAAXhJREFUeNrtmtsSgyAMRA39/3/uayu5beJCL+apU2GPmdEFE47jf0Legql9NUXc4Kq3GZIMsnwRIWCw9UGCqjBeoolwtR1KUX84USLk5WfE5fI4ApafEAR9hFCSPyHq+smLUtKX8N1IEMzZljuABGumZ0AQAXCd0KHK+sZfGYI6w9CyEQ4h1h+ZKyZAG519KvU5cQKRawSEtj5GmAemXEkbpAK8G0manJ+CfR95H00BzoMgq54IYQLgauCkoOrjC46dgvcIAWECDK85Je/+MrzKT6AOGLsBUgXIJoDwABK/xjXAcAFSB8gNuAE34FMANKugmd33rwc/tCbTti2Hs3NEAPt2dsrm91EIb//OAXgfIB2A7ABMhAYg+5U5ik9Q8UO5rR+XElB9wYshqZpRotqCEzoFowHJX1Hyaujzi4L0sia/MMsvLfOL4/zyPr1BwW+x8JtEC9pc/EYdv9XIb5YuaPfyG9YLWu4LDg0sOPaw4uDGiqMnHx1P9s4mRZzBeukAAAAASUVORK5CYII=");

    [Fact]
    public async Task Upload_KioskOpen_HeaderShowsTheLogoWithoutAReload()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        await using var browser = await Browser.LaunchAsync();
        var kiosk = new KioskScreen(await browser.NewPageAsync(address, 1920, 1080));
        await kiosk.OpenAsync();
        var logo = kiosk.Page.Locator(".kiosk-header img[data-testid='site-logo']");
        await Expect(logo).ToHaveCountAsync(0);

        Upload(factory);

        await Expect(logo).ToBeVisibleAsync();
        await Expect(logo).ToHaveAttributeAsync("alt", DemoMpp.SiteName);
        await Expect(logo).ToHaveJSPropertyAsync("naturalWidth", 96);
        await kiosk.SaveScreenshotAsync("kiosk-logo-1920x1080.png");
    }

    [Fact]
    public async Task ZoneScreen_UploadedLogo_IsShownInTheHeader()
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        Upload(factory);
        await using var browser = await Browser.LaunchAsync();
        var display = new DisplayScreen(await browser.NewPageAsync(address, 1920, 1080));

        await display.ShowAsync("/display/zona-1");

        var logo = display.Page.Locator("img[data-testid='display-logo'][data-source='uploaded']");
        await Expect(logo).ToBeVisibleAsync();
        await Expect(logo).ToHaveJSPropertyAsync("naturalWidth", 96);
        await display.SaveScreenshotAsync("display-zone-logo-1920x1080.png");
    }

    private static void Upload(MppQueueFactory factory)
    {
        var admin = factory.Services.GetRequiredService<IQueueStore>().LoadOfficers().Single(o => o.UserName == "admin");
        factory.Services.GetRequiredService<SiteLogoService>().Upload(admin, _logo);
    }
}
