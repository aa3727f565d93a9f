using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>
/// Creates, renews and revokes API clients, for active admins only, each change audited with the client's id as
/// its subject (<see cref="ApiAudit"/>). The secret is never in the audit log: only the client just created or
/// renewed carries it, once, back to the page.
/// </summary>
public sealed class ApiClientAdministration(ApiClientRegistry registry, QueueEngine engine, IQueueStore store, TimeProvider time)
{
    public IReadOnlyList<ApiClient> Clients() => registry.Clients();

    public ApiClientIssued Create(Officer actor, ApiClientRequest request)
    {
        var acting = Acting(actor);
        var issued = registry.Create(request, engine.Catalog);
        Audit(acting, ApiAudit.ClientCreated, issued.Client, Describe(issued.Client));
        return issued;
    }

    public ApiClientIssued Renew(Officer actor, string clientId)
    {
        var acting = Acting(actor);
        var issued = registry.Renew(clientId);
        Audit(acting, ApiAudit.ClientRenewed, issued.Client, issued.Client.Name);
        return issued;
    }

    public ApiClient Revoke(Officer actor, string clientId)
    {
        var acting = Acting(actor);
        var client = registry.Revoke(clientId);
        Audit(acting, ApiAudit.ClientRevoked, client, client.Name);
        return client;
    }

    private static string Describe(ApiClient client) =>
        client.Name + " (" + (client.Scope.AgencyId ?? "MPP") + ": " + string.Join(", ", client.Operations) + ")";

    private Officer Acting(Officer? actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var stored = store.LoadOfficers().FirstOrDefault(o => o.Id == actor.Id);
        return stored is { Active: true, Role: OfficerRole.Admin }
            ? stored
            : throw new OfficerAdminException(OfficerAdminError.NotAllowed, "Only an active admin manages API clients.");
    }

    private void Audit(Officer actor, string action, ApiClient client, string detail) =>
        store.AppendAudit(new AuditEntry(Tokens.NewId(), time.GetUtcNow(), actor.Id, action, client.Id, detail));
}
