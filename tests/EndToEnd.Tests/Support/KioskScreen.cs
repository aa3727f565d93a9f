using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

public sealed class KioskScreen(IPage page) : Screen(page)
{
    // A real kiosk prints with --kiosk-printing, straight to the printer. Headless Chromium would instead start a
    // print job that never ends, and Playwright's own PDF would then fail with "Page is already being printed". So
    // window.print is replaced, before any page script runs, by a recorder that counts the calls.
    private const string PrintRecorder =
        "window.__printCalls = 0; window.print = () => { window.__printCalls += 1; };";

    private bool _recordingPrints;

    public async Task OpenAsync()
    {
        await RecordPrintsAsync();
        await OpenAsync("/kiosk");
    }

    /// <summary>Opens the kiosk's start as a registered kiosk PC's browser does, with its device token.</summary>
    public async Task OpenAsDeviceAsync(string deviceToken)
    {
        await RecordPrintsAsync();
        await OpenAsync("/kiosk?device=" + Uri.EscapeDataString(deviceToken));
    }

    /// <summary>How many times the page has called window.print since it was loaded.</summary>
    public Task<int> PrintCallsAsync() => Page.EvaluateAsync<int>("() => window.__printCalls ?? 0");

    /// <summary>Waits until the page has called window.print by itself (it does so just after the ticket shows).</summary>
    public Task WaitForPrintAsync() =>
        Page.WaitForFunctionAsync("() => window.__printCalls > 0", null, new() { Timeout = (float)Patience.TotalMilliseconds });

    public ILocator Kiosk => TestId("kiosk");

    public ILocator Title => Page.Locator("h1").First;

    public ILocator OutOfService => TestId("out-of-service");

    public ILocator Slip => TestId("ticket-slip");

    public ILocator Message => TestId("kiosk-message");

    public ILocator Service(string serviceId) => Page.Locator($"[data-testid='service'][data-service-id='{serviceId}']");

    /// <summary>Taps the agency, then the service, answers "no priority" and returns the number on the ticket.</summary>
    public async Task<string> TakeTicketAsync(string agencyId, string serviceId)
    {
        await ChooseAgencyAsync(agencyId);
        await ChooseServiceAsync(serviceId);
        return await AnswerPriorityAsync("None");
    }

    public async Task ChooseAgencyAsync(string agencyId)
    {
        await Page.Locator($"[data-testid='agency'][data-agency-id='{agencyId}']").ClickAsync();
        await WaitForStepAsync("Services");
    }

    public async Task ChooseServiceAsync(string serviceId)
    {
        await Service(serviceId).ClickAsync();
        await WaitForStepAsync("Priority");
    }

    /// <summary>Answers the priority question (None, Elderly, Disabled, Pregnant, WithChild) and waits for the ticket.</summary>
    public async Task<string> AnswerPriorityAsync(string priority)
    {
        await Page.Locator($"[data-testid='priority'][data-priority='{priority}']").ClickAsync();
        await Slip.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await WaitUntilInteractiveAsync();
        return (await TestId("ticket-number").InnerTextAsync()).Trim();
    }

    public async Task SearchAsync(string text)
    {
        await TestId("search").ClickAsync();
        foreach (var key in text.ToUpperInvariant())
        {
            await Page.Locator($"[data-testid='keyboard'] [data-key='{(key == ' ' ? "space" : key.ToString())}']").ClickAsync();
        }

        await TestId("search-results").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
    }

    public async Task OpenBookingAsync()
    {
        await TestId("booking-open").ClickAsync();
        await WaitForStepAsync("Booking");
    }

    /// <summary>Types the code as a USB scanner does (keys, then Enter) into the focused field.</summary>
    public async Task ScanBookingCodeAsync(string code)
    {
        await TestId("booking-code").PressSequentiallyAsync(code);
        await Page.Keyboard.PressAsync("Enter");
    }

    public ILocator BookingError => TestId("booking-error");

    private async Task RecordPrintsAsync()
    {
        if (!_recordingPrints)
        {
            await Page.AddInitScriptAsync(PrintRecorder);
            _recordingPrints = true;
        }
    }

    public async Task SwitchLanguageAsync(string language)
    {
        await TestId("lang-" + language).ClickAsync();

        // The switch reloads the page: wait for the new document in the new language to be interactive (the old
        // one is interactive too until it goes, and a scan on it would die with the navigation).
        await Page.Locator($"html[lang='{language}'] [data-interactive='true']").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
    }

    public Task WaitForStepAsync(string step) =>
        Page.Locator($"[data-testid='kiosk'][data-step='{step}']").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>The absolute address the ticket's QR code carries, as the page states it.</summary>
    public async Task<Uri> QrAddressAsync() =>
        new(await TestId("ticket-qr").GetAttributeAsync("data-qr-url") ?? throw new InvalidOperationException("The ticket has no QR address."));

    /// <summary>
    /// Reads the QR code off the rendered slip as a phone would: a screenshot of it, decoded in the page by jsQR
    /// (a decoder that shares nothing with QRCoder, which drew it).
    /// </summary>
    public async Task<string?> ReadQrAsync(string jsQrScript)
    {
        var png = await TestId("ticket-qr").ScreenshotAsync();
        await Page.AddScriptTagAsync(new() { Path = jsQrScript });
        return await Page.EvaluateAsync<string?>(
            """
            async (png) => {
              const image = new Image();
              image.src = 'data:image/png;base64,' + png;
              await image.decode();
              const canvas = document.createElement('canvas');
              canvas.width = image.width;
              canvas.height = image.height;
              const context = canvas.getContext('2d');
              context.drawImage(image, 0, 0);
              const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
              const code = jsQR(pixels.data, pixels.width, pixels.height);
              return code ? code.data : null;
            }
            """,
            Convert.ToBase64String(png));
    }
}
