using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Server.Auth;

/// <summary>What the sign-in cookie says about an account, and how to read it back.</summary>
public static class OfficerClaims
{
    /// <summary>Changes when the password hash does, so that a new password ends the sessions of the old one.</summary>
    public const string Stamp = "mpp:stamp";

    public static ClaimsPrincipal Principal(Officer officer, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(officer);
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, officer.Id),
            new(ClaimTypes.Name, officer.UserName),
            new(ClaimTypes.GivenName, officer.DisplayName),
            new(ClaimTypes.Role, officer.Role.ToString()),
            new(MppClaims.Day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new(Stamp, StampOf(officer)),
        ];
        if (officer.AgencyId is { } agency)
        {
            claims.Add(new Claim(MppClaims.AgencyId, agency));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static string? OfficerId(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>Whether the cookie still matches the stored account and today (the session ends at local midnight).</summary>
    public static bool StillValid(ClaimsPrincipal? user, Officer? stored, DateOnly today) =>
        user is not null
        && stored is { Active: true }
        && stored.Id == OfficerId(user)
        && user.IsInRole(stored.Role.ToString())
        && user.FindFirstValue(MppClaims.AgencyId) == stored.AgencyId
        && user.FindFirstValue(MppClaims.Day) == today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        && user.FindFirstValue(Stamp) == StampOf(stored);

    /// <summary>The role and agency the claims carry, as an account the engine's desk rule can judge.</summary>
    public static Officer? AsOfficer(ClaimsPrincipal? user)
    {
        if (user is null || OfficerId(user) is not { } id || !Enum.TryParse<OfficerRole>(user.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return null;
        }

        return new Officer
        {
            Id = id,
            UserName = user.FindFirstValue(ClaimTypes.Name) ?? id,
            DisplayName = user.FindFirstValue(ClaimTypes.GivenName) ?? id,
            Role = role,
            AgencyId = user.FindFirstValue(MppClaims.AgencyId),
        };
    }

    private static string StampOf(Officer officer) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(officer.PasswordHash)), 0, 8);
}
