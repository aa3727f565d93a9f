using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using MppQueue.Core;

namespace MppQueue.Ui;

/// <summary>
/// The account behind the page, read fresh from the store each time it is asked for (before every move), so a
/// disabled account cannot make another move even before the page's periodic re-check signs it out.
/// </summary>
public sealed class CurrentOfficer(AuthenticationStateProvider authentication, IQueueStore store)
{
    /// <summary>The signed-in, active account; null when nobody is signed in or the account is gone or disabled.</summary>
    public async Task<Officer?> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var user = state.User;
        if (user.Identity?.IsAuthenticated != true || user.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } id)
        {
            return null;
        }

        return store.LoadOfficers().FirstOrDefault(o => o.Id == id && o.Active);
    }

    /// <summary>The display name of an account, for "in use by …" and a ticket's history.</summary>
    public string NameOf(string? officerId) =>
        officerId is null ? string.Empty : store.LoadOfficers().FirstOrDefault(o => o.Id == officerId)?.DisplayName ?? officerId;

    /// <summary>Every account's display name by id, read once for a page that names many.</summary>
    public IReadOnlyDictionary<string, string> Names() =>
        store.LoadOfficers().ToDictionary(o => o.Id, o => o.DisplayName, StringComparer.Ordinal);

    /// <summary>Whether an agency-scoped supervisor (or anyone) may see a ticket: MPP-wide accounts see all.</summary>
    public static bool MaySee(Officer officer, Ticket ticket, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(catalog);
        if (officer.Role == OfficerRole.Admin || officer.AgencyId is null)
        {
            return true;
        }

        return new[] { ticket.ServiceId, ticket.IssuingServiceId, ticket.TransferredFromServiceId }
            .Any(id => catalog.FindService(id)?.AgencyId == officer.AgencyId);
    }
}
