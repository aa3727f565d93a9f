using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using MppQueue.Admin;
using MppQueue.Api;
using MppQueue.Core;
using MppQueue.Display;
using MppQueue.Kiosk;
using MppQueue.Server.Auth;
using MppQueue.Server.Branding;
using MppQueue.Server.Components;
using MppQueue.Server.Health;
using MppQueue.Server.Hubs;
using MppQueue.Server.Notices;
using MppQueue.Ui.Localization;

namespace MppQueue.Server.Hosting;

public static class ServerApplicationExtensions
{
    public const string HealthPath = "/healthz";

    /// <summary>Where the HTTP API for devices and other systems lives; its errors are problem details, never pages.</summary>
    public const string ApiPrefix = "/api";

    /// <summary>The request pipeline and the endpoints: pages, hub, health, language switch.</summary>
    public static WebApplication UseServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Open the store (and seed an empty one) now, so that a broken data file stops the start, not the first visitor.
        app.Services.GetRequiredService<QueueEngine>();

        // The same in every environment, so that `dotnet run` behaves as an installed server does.
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<HostHeaderMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseHsts();
        app.UseResponseCompression();
        app.UseMiddleware<RequestBodyLimitMiddleware>();

        // A browser asking for a page gets the friendly page; an API client (or a form post, which the page could
        // not answer) gets problem details, e.g. a 415 for a body that is not JSON, instead of an empty answer.
        app.UseWhen(WantsPage, page => page.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseWhen(context => !WantsPage(context), api => api.UseStatusCodePages());
        app.UseRequestLocalization(LocalizationOptions());
        app.UseAuthentication();
        app.UseAuthorization();

        // After authorization, so that /api/v1's buckets are per API client (an unauthenticated call is a 401 before it).
        app.UseApiRateLimit();

        app.UseAntiforgery();

        // A ticket's or a booking's page whose token leads nowhere answers 404 with its own words.
        app.UseKioskUnknownAddresses();

        app.MapStaticAssets();
        app.MapGet(UiCultures.SwitchPath, SwitchCulture);
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthAnswer.WriteAsync });
        app.MapAccountEndpoints();
        app.MapDisplay();
        app.MapAdmin();
        app.MapKiosk();
        app.MapApi();
        app.MapNoticeCallbacks();
        app.MapSiteLogo();
        app.MapHub<QueueHub>(QueueHub.Path);

        // Blazor would say frame-ancestors 'self' on every page; SecurityHeadersMiddleware decides per screen.
        // The pages' connections are not compressed: a render batch is small, and deflating every batch of every open
        // page was about a twentieth of the live server's CPU (ADR 13); nor can a screen framed by another origin
        // then serve as a compression oracle.
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode(server =>
            {
                server.ContentSecurityFrameAncestorsPolicy = null;
                server.DisableWebSocketCompression = true;
            })
            .AddAdditionalAssemblies(Areas.Assemblies);
        return app;
    }

    private static bool WantsPage(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase);

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
        return Results.LocalRedirect(IsSafeLocalPath(redirectUri) ? redirectUri! : "/");
    }

    /// <summary>
    /// A path on this server that can go into a Location header as it is: "/" then no second slash or backslash
    /// (another host), and only visible ASCII (no spaces, tabs, control or non-ASCII characters, which a header
    /// cannot carry and which browsers strip into "//host").
    /// </summary>
    public static bool IsSafeLocalPath(string? path) =>
        path is { Length: > 0 }
        && path[0] == '/'
        && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && path.All(c => c is > ' ' and < '\u007f');
}
