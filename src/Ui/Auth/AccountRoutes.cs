namespace MppQueue.Ui;

/// <summary>Where signing in and out happen (the host serves them; areas link to them).</summary>
public static class AccountRoutes
{
    public const string SignInPath = "/account/signin";

    /// <summary>POST only, with the antiforgery token: leaves the desk the person holds and ends the session.</summary>
    public const string SignOutPath = "/account/signout";

    public const string DeniedPath = "/account/denied";

    public static string SignIn(string? returnUrl) =>
        IsLocal(returnUrl) && returnUrl != "/" ? SignInPath + "?returnUrl=" + Uri.EscapeDataString(returnUrl!) : SignInPath;

    /// <summary>Only a path on this site may be a return address: never "//evil.example" or "/\evil.example".</summary>
    public static bool IsLocal(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Any(char.IsControl);
}
