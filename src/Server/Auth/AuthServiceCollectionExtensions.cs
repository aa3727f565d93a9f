using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Server.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Cookie sign-in for officers, supervisors and admins (passwords hashed with ASP.NET Core's PasswordHasher),
    /// checked against the store on every request and every few minutes in a live page; the policies; the throttle.
    /// </summary>
    public static IServiceCollection AddMppAuth(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        const string section = SignInOptions.Section + ":";
        services.AddOptions<SignInOptions>()
            .Bind(configuration.GetSection(SignInOptions.Section))
            .Positive(section + nameof(SignInOptions.RevalidateInterval), o => o.RevalidateInterval, TimeSpan.FromDays(1))
            .InRange(section + nameof(SignInOptions.MaxFailuresPerUser), o => o.MaxFailuresPerUser, 1, 1_000)
            .InRange(section + nameof(SignInOptions.MaxFailuresPerAddress), o => o.MaxFailuresPerAddress, 1, 100_000)
            .InRange(section + nameof(SignInOptions.MaxFailuresPerAccount), o => o.MaxFailuresPerAccount, 1, 100_000)
            .Positive(section + nameof(SignInOptions.Lockout), o => o.Lockout, TimeSpan.FromDays(1))
            .ValidateOnStart();

        // The throttle and the live pages' re-check take the settings themselves, as bound and checked above.
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SignInOptions>>().Value);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SessionValidator>();
        services.AddSingleton<OfficerSignIn>();
        services.AddSingleton<IAuthorizationHandler, DeskAccessHandler>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "mppqueue.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = AccountRoutes.SignInPath;
                cookie.LogoutPath = AccountRoutes.SignOutPath;
                cookie.AccessDeniedPath = AccountRoutes.DeniedPath;
                cookie.ReturnUrlParameter = "returnUrl";

                // The ticket ends at local midnight (set at sign-in); the cookie itself is a session cookie, so a
                // browser closed at the counter forgets it, and a browser clock that is off cannot keep it alive.
                cookie.SlidingExpiration = false;
                cookie.Events.OnValidatePrincipal = ValidateAsync;
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((cookie, time) => cookie.TimeProvider = time);
        services.AddAuthorization(AuthPolicies.Configure);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, OfficerAuthenticationStateProvider>();
        return services;
    }

    // Every request re-reads the account: a disabled one, a new password or a new day ends the session at once.
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var validator = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
        if (!validator.IsValid(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
