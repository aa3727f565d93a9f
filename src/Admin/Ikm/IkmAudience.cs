using System.Security.Claims;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Ikm;

/// <summary>Whose index a person may read: an agency supervisor sees their own agency; MPP-wide supervisors and admins see all.</summary>
public static class IkmAudience
{
    /// <summary>The agency the account is limited to, or null for the whole MPP.</summary>
    public static string? AgencyOf(Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return officer.Role == OfficerRole.Admin ? null : officer.AgencyId;
    }

    /// <summary>
    /// The same from the sign-in cookie's claims. The cookie is checked against the stored account on every
    /// request (role and agency included), so the claims are as fresh as the store.
    /// </summary>
    public static string? AgencyOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(nameof(OfficerRole.Admin)) ? null : user.FindFirst(MppClaims.AgencyId)?.Value;
    }
}
