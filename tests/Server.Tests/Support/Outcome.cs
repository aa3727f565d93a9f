namespace MppQueue.Server.Tests.Support;

/// <summary>What a person gets when they ask for a protected address.</summary>
public enum Outcome
{
    /// <summary>The sign-in page, which leads back to the address.</summary>
    SentToSignIn,

    /// <summary>The denial page.</summary>
    Denied,

    /// <summary>The page or download itself (200).</summary>
    Served,
}
