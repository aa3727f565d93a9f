using Microsoft.AspNetCore.Authorization;

namespace MppQueue.Server.Auth;

/// <summary>The person may work at the desk named by the route's <c>DeskId</c> (policy <see cref="Ui.Policies.Desk"/>).</summary>
public sealed class DeskAccessRequirement : IAuthorizationRequirement
{
    public const string RouteKey = "DeskId";
}
