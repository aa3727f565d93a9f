using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Counter.Components;
using MppQueue.Counter.Pages;
using MudBlazor;

namespace MppQueue.Counter.Tests.Support;

/// <summary>
/// The shared component ground plus what the counter adds: a signed-in person (bUnit's fake authentication), the
/// store for reading accounts, and helpers to sit an officer at a desk as the desk list would.
/// </summary>
public abstract class CounterTestBase : ComponentTestBase
{
    protected CounterTestBase()
    {
        Auth = AddAuthorization();
        Services.AddSingleton<IQueueStore>(Store);
        Services.AddSingleton<AntiforgeryStateProvider>(new TestAntiforgery());
        Notices = new NoticesForTests(Engine, Store, Time, NoticeChannel.WebPush, NoticeChannel.WhatsApp);
        Services.AddSingleton(Notices.Service);
        Services.AddCounter();
    }

    protected BunitAuthorizationContext Auth { get; }

    /// <summary>The real notice service on the test's engine (Web Push and WhatsApp set up, SMS not).</summary>
    protected NoticesForTests Notices { get; }

    /// <summary>The console's messages in its corner, as last rendered (faded ones included: they stay until replaced).</summary>
    protected static IReadOnlyList<string> Messages(IRenderedComponent<CounterDeskPage> cut) =>
        [.. cut.FindAll("[data-testid='console-toast-text']").Select(e => e.TextContent)];

    protected string Address => Services.GetRequiredService<NavigationManager>().Uri;

    /// <summary>Signs a stored account in (the cookie's claims: id, name, role, agency).</summary>
    protected Officer SignedInAs(string officerId)
    {
        var officer = Store.LoadOfficers().Single(o => o.Id == officerId);
        Auth.SetAuthorized(officer.UserName);
        Auth.SetRoles(officer.Role.ToString());
        Auth.SetClaims([new Claim(ClaimTypes.NameIdentifier, officer.Id), .. officer.AgencyId is { } a ? [new Claim("mpp:agency", a)] : Array.Empty<Claim>()]);
        return officer;
    }

    /// <summary>The agency's demo officer, signed in to the site and holding the desk.</summary>
    protected Officer AtDesk(Desk desk, string? officerId = null)
    {
        var officer = SignedInAs(officerId ?? "petugas-" + desk.AgencyId);
        Engine.SignInToDesk(desk.Id, officer);
        return officer;
    }

    /// <summary>The desk's console, rendered as its route would.</summary>
    protected IRenderedComponent<CounterDeskPage> OpenDesk(Desk desk) => Render<CounterDeskPage>(p => p.Add(x => x.DeskId, desk.Id));

    /// <summary>A move's button (or any element) on the console, by its test id.</summary>
    protected static IElement Button(IRenderedComponent<CounterDeskPage> cut, string testId) => cut.Find($"[data-testid='{testId}']");

    /// <summary>
    /// Clicks the console's button on the renderer's own thread, so that a live refresh (a move's event reaches the
    /// page through the thread pool) cannot re-render it between finding the button and clicking it.
    /// </summary>
    protected static void ClickButton(IRenderedComponent<CounterDeskPage> cut, string testId) =>
        cut.InvokeAsync(() => Button(cut, testId).Click()).GetAwaiter().GetResult();

    /// <summary>A shortcut key pressed on the console, as counter-keys.js hands it over.</summary>
    protected static void Press(IRenderedComponent<CounterDeskPage> cut, string key) =>
        cut.InvokeAsync(() => cut.FindComponent<KeyboardShortcuts>().Instance.OnKey(key)).GetAwaiter().GetResult();

    protected Officer SaveOfficer(string id, string? agencyId, OfficerRole role = OfficerRole.Officer, string? name = null)
    {
        var officer = new Officer { Id = id, UserName = id, DisplayName = name ?? "Petugas " + id, Role = role, AgencyId = agencyId };
        Store.SaveOfficer(officer);
        return officer;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Notices.Dispose();
        }
    }

    private sealed class TestAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
