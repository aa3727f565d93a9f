namespace MppQueue.Server.Auth;

/// <summary>A user name (or, with <paramref name="ByAddress"/>, a whole address) that must wait before trying again.</summary>
public sealed record SignInLock(bool ByAddress, TimeSpan Remaining)
{
    /// <summary>Whole minutes to tell a person, never "0 minutes".</summary>
    public int Minutes => Math.Max(1, (int)Math.Ceiling(Remaining.TotalMinutes));
}
