using System.Security.Claims;

namespace MppQueue.Server.Auth;

/// <summary>What a sign-in attempt came to: a person to sign in until <paramref name="ExpiresAt"/>, or why not.</summary>
public sealed record SignInResult(SignInOutcome Outcome, ClaimsPrincipal? Principal = null, DateTimeOffset? ExpiresAt = null, SignInLock? Lock = null);
