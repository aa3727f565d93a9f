using MppQueue.Core;
using MppQueue.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MppQueue.EndToEnd.Tests;

/// <summary>
/// An officer who moves inside the running app (no page load) to another agency's desk console or desk survey tablet
/// is refused there just as on a direct load, and nothing of that desk is shown or can be done.
/// </summary>
public class DeskAccessNavigationTests
{
    [Theory]
    [InlineData("/counter/{0}")]
    [InlineData("/survey/desk/{0}")]
    public async Task NavigateInsideTheApp_ToAnotherAgencysDesk_IsRefused(string pathFormat)
    {
        using var factory = new MppQueueFactory();
        var address = factory.StartOnRealPort();
        var polresDesk = factory.Engine.Catalog.Desks["loket-13"];
        // A Polres ticket finished at the Polres desk: the survey tablet of that desk would offer its survey.
        factory.Engine.Issue(new IssueRequest("skck"));
        var called = factory.Engine.CallNext(polresDesk.Id);
        factory.Engine.StartServing(polresDesk.Id, called.Id);
        factory.Engine.Finish(polresDesk.Id, called.Id);
        await using var browser = await Browser.LaunchAsync();
        var samsat = new CounterScreen(await browser.NewPageAsync(address, 1920, 1080));
        await samsat.SignInAsync("petugas.samsat");

        // The router moves to the other agency's desk without asking the server for a page.
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, polresDesk.Id);
        await samsat.Page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
        await samsat.Page.WaitForURLAsync("**" + path);

        await Expect(samsat.Page.Locator("[data-testid='denied']")).ToBeVisibleAsync();
        await Expect(samsat.Page.Locator("[data-testid='call-next']")).ToHaveCountAsync(0);
        await Expect(samsat.Page.Locator("[data-testid='desk-survey']")).ToHaveCountAsync(0);
        await samsat.SaveScreenshotAsync("desk-navigation-refused-" + pathFormat.Split('/')[1] + ".png");
    }
}
