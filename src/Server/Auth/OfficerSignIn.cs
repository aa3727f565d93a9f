using Microsoft.AspNetCore.Identity;
using MppQueue.Core;

namespace MppQueue.Server.Auth;

/// <summary>
/// Checks a user name and password against the stored accounts, under the throttle. Every refusal of a name or
/// password reads the same ("wrong user name or password") and costs the same hashing time, so an attacker
/// cannot tell which names exist; a disabled account is named only to someone who knows its password.
/// </summary>
public sealed class OfficerSignIn(IQueueStore store, QueueEngine engine, IPasswordHasher<Officer> hasher, SignInThrottle throttle)
{
    private static readonly Officer _nobody = new() { Id = "-", UserName = "-", DisplayName = "-", Role = OfficerRole.Officer };
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(_nobody, Guid.NewGuid().ToString("N")));

    public SignInResult Attempt(string? userName, string? password, string? address)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return new SignInResult(SignInOutcome.Missing);
        }

        var name = userName.Trim();
        if (throttle.Check(name, address) is { } locked)
        {
            return new SignInResult(SignInOutcome.Locked, Lock: locked);
        }

        var officer = store.LoadOfficers().FirstOrDefault(o => string.Equals(o.UserName, name, StringComparison.OrdinalIgnoreCase));
        var verdict = Verify(officer, password);
        if (officer is null || verdict == PasswordVerificationResult.Failed)
        {
            throttle.Failed(name, address);
            return throttle.Check(name, address) is { } nowLocked
                ? new SignInResult(SignInOutcome.Locked, Lock: nowLocked)
                : new SignInResult(SignInOutcome.Wrong);
        }

        throttle.Succeeded(name, address);
        if (!officer.Active)
        {
            return new SignInResult(SignInOutcome.Disabled);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            officer = officer with { PasswordHash = hasher.HashPassword(officer, password) };
            store.SaveOfficer(officer);
        }

        var site = engine.Catalog.Site;
        var today = engine.Today;
        var midnight = SiteClock.ToInstant(today.AddDays(1), TimeOnly.MinValue, site.TimeZone);
        return new SignInResult(SignInOutcome.Success, OfficerClaims.Principal(officer, today), midnight);
    }

    // An account without a password (never set) cannot sign in; the decoy keeps the time the same.
    private PasswordVerificationResult Verify(Officer? officer, string password)
    {
        if (officer is null || string.IsNullOrEmpty(officer.PasswordHash))
        {
            hasher.VerifyHashedPassword(_nobody, _decoyHash.Value, password);
            return PasswordVerificationResult.Failed;
        }

        try
        {
            return hasher.VerifyHashedPassword(officer, officer.PasswordHash, password);
        }
        catch (FormatException)
        {
            return PasswordVerificationResult.Failed;
        }
    }
}
