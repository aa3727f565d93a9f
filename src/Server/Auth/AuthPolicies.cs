using Microsoft.AspNetCore.Authorization;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Server.Auth;

/// <summary>
/// The policies pages name in <c>[Authorize(Policy = ...)]</c> (names in <see cref="Policies"/>, so areas can use
/// them without referencing the host), read from the role claim of the sign-in cookie.
/// </summary>
public static class AuthPolicies
{
    public const string Officer = Policies.Officer;
    public const string Supervisor = Policies.Supervisor;
    public const string Admin = Policies.Admin;
    public const string Desk = Policies.Desk;
    public const string Regional = Policies.Regional;

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string[] anyone = [nameof(OfficerRole.Officer), nameof(OfficerRole.Supervisor), nameof(OfficerRole.Admin)];
        options.AddPolicy(Officer, policy => policy.RequireAuthenticatedUser().RequireRole(anyone));
        options.AddPolicy(Supervisor, policy => policy.RequireAuthenticatedUser()
            .RequireRole(nameof(OfficerRole.Supervisor), nameof(OfficerRole.Admin)));
        options.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(OfficerRole.Admin)));
        options.AddPolicy(Desk, policy => policy.RequireAuthenticatedUser().RequireRole(anyone)
            .AddRequirements(new DeskAccessRequirement()));

        // The regional view is the regional accounts' only: not a supervisor's or an admin's of the hosting site, who
        // are given the role on an account of its own when they need it (docs/adr/0023-one-schema-per-site.md).
        options.AddPolicy(Regional, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(OfficerRole.Regional)));
    }
}
