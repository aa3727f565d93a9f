namespace MppQueue.Ui;

/// <summary>Where signing in and out happen (the host serves them; areas link to them).</summary>
public static class AccountRoutes
{
    public const string SignInPath = "/account/signin";

    /// <summary>POST only, with the antiforgery token: leaves the desk the person holds and ends the session.</summary>
    public const string SignOutPath = "/account/signout";

    public const string DeniedPath = "/account/denied";

    /// <summary>Where an officer works (the Counter area's desk list); an officer lands here after signing in.</summary>
    public const string CounterHome = "/counter";

    /// <summary>The administration area's home; supervisors and admins land here after signing in.</summary>
    public const string AdminHome = "/admin";

    /// <summary>The regional Command Center; regional accounts land here after signing in.</summary>
    public const string RegionHome = "/region";

    /// <summary>Where a person lands after signing in with no page asked for: their own work.</summary>
    public static string HomeFor(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(nameof(Core.OfficerRole.Admin)) || user.IsInRole(nameof(Core.OfficerRole.Supervisor)) ? AdminHome
            : user.IsInRole(nameof(Core.OfficerRole.Regional)) ? RegionHome
            : CounterHome;
    }

    public static string SignIn(string? returnUrl) =>
        IsLocal(returnUrl) && returnUrl != "/" ? SignInPath + "?returnUrl=" + Uri.EscapeDataString(returnUrl!) : SignInPath;

    /// <summary>Only a path on this site may be a return address: never "//evil.example" or "/\evil.example".</summary>
    public static bool IsLocal(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Any(char.IsControl);
}
