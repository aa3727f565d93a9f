using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

/// <summary>The visitor's ticket page on their phone (/t/{token}): follow the queue, act on the ticket, answer the survey.</summary>
public sealed class TicketScreen(IPage page) : Screen(page)
{
    // Headless Chromium has no vibration motor: record what the page asks for instead, before any script runs.
    private const string VibrationRecorder =
        "window.__vibrations = []; navigator.vibrate = (pattern) => { window.__vibrations.push(pattern); return true; };";

    public Task OpenAsync(Uri address) => OpenAsync(address.AbsoluteUri);

    /// <summary>Opens the page of a ticket by its token, as the QR would, with vibration recorded.</summary>
    public async Task OpenTicketAsync(string token)
    {
        await Page.AddInitScriptAsync(VibrationRecorder);
        await OpenAsync("/t/" + Uri.EscapeDataString(token));
    }

    public async Task<string> NumberAsync() => (await TestId("ticket-number").InnerTextAsync()).Trim();

    public ILocator Status => TestId("ticket-status");

    public ILocator GoTo => TestId("ticket-go-to");

    public ILocator PeopleAhead => TestId("people-ahead");

    public ILocator Estimate => TestId("ticket-estimate");

    public ILocator EstimateBasis => TestId("ticket-estimate-how");

    public ILocator Soon => TestId("ticket-soon");

    public ILocator CalledNotice => TestId("called-notice");

    public ILocator CalledDesk => TestId("called-desk");

    public ILocator Message => TestId("ticket-message");

    public ILocator Error => TestId("ticket-error");

    public ILocator SurveyForm => TestId("survey-form");

    public ILocator SurveyThanks => TestId("survey-thanks");

    public ILocator SurveyClosed => TestId("survey-closed");

    /// <summary>The notices' opt-in ("Aktifkan pemberitahuan"); its data-state says on, off, blocked or unsupported.</summary>
    public ILocator PushOptIn => TestId("push-optin");

    public ILocator PushEnable => TestId("push-enable");

    /// <summary>How many times the page asked the phone to vibrate.</summary>
    public Task<int> VibrationsAsync() => Page.EvaluateAsync<int>("() => (window.__vibrations || []).length");

    /// <summary>"On my way": closes the full-screen call notice.</summary>
    public Task AcknowledgeCallAsync() => TestId("called-ok").ClickAsync();

    /// <summary>Cancels the ticket, confirming with a hasty double tap.</summary>
    public async Task CancelAsync()
    {
        await TestId("ticket-cancel").ClickAsync();
        await TestId("confirm-cancel-yes").DblClickAsync();
    }

    /// <summary>Taps the same answer for all nine elements and types a comment.</summary>
    public async Task FillSurveyAsync(int answer, string? comment = null)
    {
        for (var element = 1; element <= 9; element++)
        {
            await TestId($"survey-answer-{element}-{answer}").ClickAsync();
        }

        if (comment is not null)
        {
            await TestId("survey-comment").FillAsync(comment);
        }
    }

    /// <summary>Sends the survey with a double tap, as an impatient thumb would.</summary>
    public Task SubmitSurveyAsync() => TestId("survey-submit").DblClickAsync();

    public Task SaveFullScreenshotAsync(string name) => Artifacts.ScreenshotAsync(Page, name, fullPage: true);
}
