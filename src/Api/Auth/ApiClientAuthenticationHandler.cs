using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MppQueue.Core;

namespace MppQueue.Api.Auth;

/// <summary>
/// Authenticates an API client by <c>Authorization: Bearer &lt;clientId&gt;.&lt;secret&gt;</c>, against the registry as it
/// is now (a revoked client or a replaced secret fails on the next request). Without the header it says nothing
/// (the policy then challenges: 401); with a header that is not a current credential it fails (401). Both answers
/// are problem details; neither says which part was wrong.
/// </summary>
public sealed class ApiClientAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiClientRegistry registry)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Bearer = "Bearer ";

    private bool _presented;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        _presented = true;
        if (registry.Authenticate(header[Bearer.Length..].Trim()) is not { } caller)
        {
            return Task.FromResult(AuthenticateResult.Fail("Not a current API client credential."));
        }

        Context.Features.Set(new ApiCallerFeature(caller));
        var identity = new ClaimsIdentity(
            [new Claim(ApiAuth.ClientIdClaim, caller.ClientId), new Claim(ClaimTypes.Name, caller.Name)],
            Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"MppQueue API\"";
        return _presented
            ? ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "InvalidCredential", ApiProblems.Text(nameof(ApiText.InvalidCredential)))
            : ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Unauthenticated", ApiProblems.Text(nameof(ApiText.Unauthenticated)));
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden", ApiProblems.Text(nameof(ApiText.Forbidden)));
}
