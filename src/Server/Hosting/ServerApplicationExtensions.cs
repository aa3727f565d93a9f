using System.Globalization;
using Microsoft.AspNetCore.Localization;
using MppQueue.Admin;
using MppQueue.Core;
using MppQueue.Display;
using MppQueue.Server.Auth;
using MppQueue.Server.Branding;
using MppQueue.Server.Components;
using MppQueue.Server.Hubs;
using MppQueue.Server.Kiosk;
using MppQueue.Ui.Localization;

namespace MppQueue.Server.Hosting;

public static class ServerApplicationExtensions
{
    public const string HealthPath = "/healthz";

    /// <summary>The request pipeline and the endpoints: pages, hub, health, language switch.</summary>
    public static WebApplication UseServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Open the store (and seed an empty one) now, so that a broken data file stops the start, not the first visitor.
        app.Services.GetRequiredService<QueueEngine>();

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization(LocalizationOptions());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapGet(UiCultures.SwitchPath, SwitchCulture);
        app.MapHealthChecks(HealthPath);
        app.MapAccountEndpoints();
        app.MapDisplay();
        app.MapAdmin();
        app.MapKioskApi();
        app.MapSiteLogo();
        app.MapHub<QueueHub>(QueueHub.Path);
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(Areas.Assemblies);
        return app;
    }

    // Indonesian unless the person chose English: the hall's browsers often say en-US, so Accept-Language is not asked.
    private static RequestLocalizationOptions LocalizationOptions()
    {
        var cultures = UiCultures.Supported.Select(CultureInfo.GetCultureInfo).ToList();
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(UiCultures.Indonesian),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()],
        };
    }

    private static IResult SwitchCulture(HttpContext context, string? culture, string? redirectUri)
    {
        var chosen = culture is not null && UiCultures.Supported.Contains(culture) ? culture : UiCultures.Indonesian;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return Results.LocalRedirect(IsLocalPath(redirectUri) ? redirectUri! : "/");
    }

    private static bool IsLocalPath(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'));
}
