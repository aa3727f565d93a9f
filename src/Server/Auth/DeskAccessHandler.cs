using Microsoft.AspNetCore.Authorization;
using MppQueue.Core;

namespace MppQueue.Server.Auth;

/// <summary>
/// Judges <see cref="DeskAccessRequirement"/> with the engine's own rule (<see cref="DeskAccess.CanUse"/>), both
/// when a page is requested over HTTP (the resource is the request) and when the live router moves to it (the
/// resource is the route, which <c>Routes.razor</c> passes on every navigation inside the app). A desk that does
/// not exist is let through: the page itself says so. A resource that names no desk is refused, so that a caller
/// that forgets to pass the route can never open every desk.
/// </summary>
public sealed class DeskAccessHandler(QueueEngine engine) : AuthorizationHandler<DeskAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DeskAccessRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var officer = OfficerClaims.AsOfficer(context.User);
        if (officer is null)
        {
            return Task.CompletedTask;
        }

        var deskId = context.Resource switch
        {
            HttpContext http => http.GetRouteValue(DeskAccessRequirement.RouteKey) as string,
            Microsoft.AspNetCore.Components.RouteData route => route.RouteValues.TryGetValue(DeskAccessRequirement.RouteKey, out var value) ? value as string : null,
            _ => null,
        };
        if (string.IsNullOrEmpty(deskId))
        {
            return Task.CompletedTask;
        }

        var desk = engine.Catalog.FindDesk(deskId);
        if (desk is null || DeskAccess.CanUse(officer, desk))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
