using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Server.Auth;

public static class AccountEndpoints
{
    /// <summary>
    /// POST /account/signout (a form with the antiforgery token): leaves the desk the person holds, so the next
    /// officer finds it free, then ends the session. Signing in is a page (Components/Account/SignInPage).
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountRoutes.SignOutPath, SignOutAsync);
        return endpoints;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, QueueEngine engine, [FromForm] string? returnUrl)
    {
        if (OfficerClaims.OfficerId(context.User) is { } officerId)
        {
            foreach (var desk in engine.Catalog.Desks.Values.Where(d => d.Active && engine.DeskHolder(d.Id) == officerId))
            {
                engine.SignOutOfDesk(desk.Id, officerId);
            }
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect(AccountRoutes.SignInPath + "?signedOut=true");
    }
}
