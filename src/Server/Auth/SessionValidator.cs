using System.Security.Claims;
using MppQueue.Core;

namespace MppQueue.Server.Auth;

/// <summary>
/// Checks a signed-in person against the stored accounts: still there, still active, same role, agency and
/// password, and still the local day they signed in on. Used on every request (the cookie) and every few
/// minutes in a live page (the circuit).
/// </summary>
public sealed class SessionValidator(IQueueStore store, QueueEngine engine)
{
    public bool IsValid(ClaimsPrincipal? user)
    {
        var id = OfficerClaims.OfficerId(user);
        if (id is null)
        {
            return false;
        }

        var stored = store.LoadOfficers().FirstOrDefault(o => o.Id == id);
        return OfficerClaims.StillValid(user, stored, engine.Today);
    }
}
