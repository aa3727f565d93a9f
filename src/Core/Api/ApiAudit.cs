namespace MppQueue.Core;

/// <summary>
/// The audit log's words for API clients: what an admin did to a client (its subject is the client's id), and the
/// actor of a change an API client makes itself ("api:" and its id), so the audit page can tell people from systems.
/// </summary>
public static class ApiAudit
{
    public const string ClientCreated = "ApiClientCreated";
    public const string ClientRenewed = "ApiClientSecretRenewed";
    public const string ClientRevoked = "ApiClientRevoked";

    /// <summary>A change made through the API (a non-read call that succeeded); its detail names the call.</summary>
    public const string Call = "ApiCall";

    public const string ActorPrefix = "api:";

    public static string ActorOf(string clientId) => ActorPrefix + clientId;

    /// <summary>
    /// The entry for a call through the API that changed something, or null for a read (GET, HEAD) or a refused call.
    /// Its subject is what was changed (a booking's code, a ticket's id, the agency whose codes were loaded), and its
    /// detail the call and, when the endpoint said, what it did (<paramref name="what"/>).
    /// </summary>
    public static AuditEntry? ForCall(ApiCaller caller, string method, string route, string subject, int status, DateTimeOffset at, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(method);
        var reads = method.Equals("GET", StringComparison.OrdinalIgnoreCase) || method.Equals("HEAD", StringComparison.OrdinalIgnoreCase)
            || method.Equals("OPTIONS", StringComparison.OrdinalIgnoreCase);
        return reads || status is < 200 or >= 300
            ? null
            : new AuditEntry(Tokens.NewId(), at, caller.AuditActor, Call, subject, method.ToUpperInvariant() + " " + route + " → " + status.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + (string.IsNullOrEmpty(what) ? string.Empty : ": " + what));
    }
}
