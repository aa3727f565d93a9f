using MppQueue.Core;

namespace MppQueue.Server.Auth;

/// <summary>
/// Slows down password guessing without handing out a denial of service (docs/adr/0008): wrong passwords are
/// counted per (user name, address) pair, per address and per user name.
/// <list type="bullet">
/// <item><see cref="SignInOptions.MaxFailuresPerUser"/> wrong passwords in a row for one user name from one
/// address lock that pair for <see cref="SignInOptions.Lockout"/>: the guesser waits, the account's owner at
/// another address does not.</item>
/// <item><see cref="SignInOptions.MaxFailuresPerAddress"/> from one address (any user names) lock the address.</item>
/// <item><see cref="SignInOptions.MaxFailuresPerAccount"/> for one user name from all addresses together (a
/// guess spread over many addresses) slow the account down for <see cref="SignInOptions.Lockout"/> after the
/// last of them: meanwhile every address that has been failing for it waits, and only an address that has not
/// failed for it, or one it has signed in from before, may still try.</item>
/// </list>
/// The counts are kept by <see cref="ISignInFailures"/>: in memory on one process (a restart forgets them, which costs
/// an attacker a restart they cannot cause), in the database when several nodes serve the site, so that a guesser
/// gains nothing by spreading tries over the nodes (docs/adr/0022-two-nodes-one-database.md).
/// </summary>
public sealed class SignInThrottle(TimeProvider time, SignInOptions options, ISignInFailures? failures = null)
{
    private readonly ISignInFailures _failures = failures ?? new MemorySignInFailures();

    /// <summary>How long this user name from this address must still wait, or null when it may try now.</summary>
    public SignInLock? Check(string userName, string? address)
    {
        var now = time.GetUtcNow();
        var user = Key(userName);
        var from = address ?? string.Empty;
        var keys = new Keys(user, from);
        var read = _failures.Read([keys.Pair, keys.Address, keys.Account], user, from);
        var pair = read.Counts.TryGetValue(keys.Pair, out var p) ? p : (FailureCount?)null;
        if (pair?.LockedAt(now) is { } pairUntil)
        {
            return new SignInLock(ByAddress: false, pairUntil - now);
        }

        if (read.Counts.TryGetValue(keys.Address, out var byAddress) && byAddress.LockedAt(now) is { } addressUntil)
        {
            return new SignInLock(ByAddress: true, addressUntil - now);
        }

        // Under a spread-out guess the account waits for the addresses that guess, not for its owner.
        var failing = pair is { } counted && !counted.IsStale(now, options.Lockout);
        return read.Counts.TryGetValue(keys.Account, out var account) && account.LockedAt(now) is { } slowed && failing && !read.KnownAddress
            ? new SignInLock(ByAddress: false, slowed - now)
            : null;
    }

    public void Failed(string userName, string? address)
    {
        var keys = new Keys(Key(userName), address ?? string.Empty);
        _failures.Fail(
            [
                new FailureRule(keys.Pair, options.MaxFailuresPerUser, Restart: true),
                new FailureRule(keys.Address, options.MaxFailuresPerAddress, Restart: true),

                // The account's count goes on while the guessing does: each failure past the limit extends the slow-down.
                new FailureRule(keys.Account, options.MaxFailuresPerAccount, Restart: false),
            ],
            time.GetUtcNow(),
            options.Lockout);
    }

    /// <summary>
    /// A right password clears the pair's count and remembers the address as one the account signs in from. Not
    /// the address's count (one good account must not unlock guessing at others) nor the account's (the owner
    /// signing in must not reset a guess spread over other addresses).
    /// </summary>
    public void Succeeded(string userName, string? address = null)
    {
        var user = Key(userName);
        var from = address ?? string.Empty;
        _failures.Succeed(new Keys(user, from).Pair, user, from, time.GetUtcNow());
    }

    private static string Key(string userName) => userName.Trim().ToUpperInvariant();

    // The three counts of one try, in one key space. A user name never holds a line break (the form is one line), so
    // the pair's key cannot be forged from another pair.
    private readonly record struct Keys(string User, string From)
    {
        public string Pair => "pair:" + User + "\n" + From;

        public string Address => "address:" + From;

        public string Account => "account:" + User;
    }
}
