using Microsoft.Playwright;
using MppQueue.Core;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>
/// What the sound tests start from: the app on a real port, one registered speaker wall screen of zone 1, and Chromium
/// (with the autoplay flag, as the screens' kiosk mode starts it, unless asked otherwise) with a 1920×1080 page for it,
/// not yet opened. Disposing closes the browser, then the app.
/// </summary>
public sealed record SpeakerWall(MppQueueFactory Factory, Uri Address, ScreenDevice Screen, Browser Browser, IPage Page) : IAsyncDisposable
{
    public static async Task<SpeakerWall> OpenAsync(IReadOnlyDictionary<string, string> settings, bool autoplay = true, TimeSpan? circuitRetention = null)
    {
        var factory = new MppQueueFactory(settings: settings, circuitRetention: circuitRetention);
        try
        {
            var address = factory.StartOnRealPort();
            var screen = Screens.Register(factory, speaker: true);
            var browser = autoplay ? await Browser.LaunchAsync(Browser.AutoplayFlag) : await Browser.LaunchAsync();
            try
            {
                return new SpeakerWall(factory, address, screen, browser, await browser.NewPageAsync(address, 1920, 1080));
            }
            catch
            {
                await browser.DisposeAsync();
                throw;
            }
        }
        catch
        {
            factory.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Factory.Dispose();
    }
}
