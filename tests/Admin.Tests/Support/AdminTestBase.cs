using System.Security.Claims;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MppQueue.ComponentTesting;
using MppQueue.Core;
using MppQueue.Ui;
using MudBlazor;

namespace MppQueue.Admin.Tests.Support;

/// <summary>
/// The shared component ground plus what the administration area adds: a signed-in person (bUnit's fake
/// authentication with the cookie's claims), the store, and the area's services.
/// </summary>
public abstract class AdminTestBase : ComponentTestBase
{
    protected AdminTestBase()
    {
        Auth = AddAuthorization();
        Services.AddSingleton<IQueueStore>(Store);
        Services.AddSingleton<ISurveyStore>(Store);
        Services.AddSingleton<IDeviceStore>(Store);
        Services.AddSingleton<IApiClientStore>(Store);
        Services.AddSingleton(Notifier);
        Services.AddSingleton<AntiforgeryStateProvider>(new TestAntiforgery());
        Notices = new NoticesForTests(Engine, Store, Time, NoticeChannel.WebPush, NoticeChannel.WhatsApp);
        Services.AddSingleton(Notices.Service);
        Services.AddAdmin();
    }

    protected BunitAuthorizationContext Auth { get; }

    /// <summary>The real notice service on the test's engine (Web Push and WhatsApp set up, SMS not).</summary>
    protected NoticesForTests Notices { get; }

    protected IEnumerable<string> Snackbars => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? string.Empty);

    protected string Address => Services.GetRequiredService<NavigationManager>().Uri;

    /// <summary>Signs a stored account in with the claims the cookie carries: id, name, role and agency.</summary>
    protected Officer SignedInAs(string officerId)
    {
        var officer = Store.LoadOfficers().Single(o => o.Id == officerId);
        Auth.SetAuthorized(officer.UserName);
        Auth.SetRoles(officer.Role.ToString());
        Auth.SetClaims([new Claim(ClaimTypes.NameIdentifier, officer.Id), .. officer.AgencyId is { } a ? [new Claim(MppClaims.AgencyId, a)] : Array.Empty<Claim>()]);
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
