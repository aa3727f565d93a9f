using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace MppQueue.Server.Auth;

/// <summary>
/// A live page re-checks its person every few minutes: a disabled account, a changed password or a new day
/// signs the page out (the router then sends it to the sign-in page).
/// </summary>
public sealed class OfficerAuthenticationStateProvider(ILoggerFactory loggerFactory, SessionValidator validator, SignInOptions options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.RevalidateInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        return Task.FromResult(validator.IsValid(authenticationState.User));
    }
}
