namespace MppQueue.Server.Auth;

/// <summary>The "MppQueue:SignIn" configuration section.</summary>
public sealed class SignInOptions
{
    public const string Section = "MppQueue:SignIn";

    /// <summary>How often a live page re-checks that its account is still active (and the day has not ended).</summary>
    public TimeSpan RevalidateInterval { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Wrong passwords in a row for one user name from one address before that user name is locked for
    /// <see cref="Lockout"/> at that address (only there: its owner elsewhere can still sign in).
    /// </summary>
    public int MaxFailuresPerUser { get; set; } = 5;

    /// <summary>Wrong passwords from one address (any user names) before it is locked for <see cref="Lockout"/>.</summary>
    public int MaxFailuresPerAddress { get; set; } = 20;

    /// <summary>
    /// Wrong passwords for one user name from all addresses together (a guess spread over many addresses) before
    /// the account slows down for <see cref="Lockout"/>: every address that has been failing for it waits; an
    /// address that has not, or one it signed in from before, may still try.
    /// </summary>
    public int MaxFailuresPerAccount { get; set; } = 20;

    /// <summary>How long a locked user name, address or slowed account has to wait.</summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(5);
}
