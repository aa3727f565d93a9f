using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>
/// Every webhook subscription, whoever made it: create one for the administration, replay one from a sequence number,
/// pause, resume or delete it. Changes are for active admins only, each audited with the subscription's id as its
/// subject; the signing secret is never in the audit log, only in the subscription just created, once, for the page.
/// </summary>
public sealed class WebhookAdministration(WebhookService webhooks, ApiClientRegistry clients, QueueEngine engine, IQueueStore store, TimeProvider time)
{
    public IReadOnlyList<WebhookSubscription> Subscriptions() => webhooks.List();

    public WebhookSubscription? Find(string? id) => webhooks.Find(id);

    /// <summary>The owner as people read it: the API client's name, or null for one made in the administration.</summary>
    public string? OwnerName(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.OwnerId is { } ownerId ? clients.Find(ownerId)?.Name ?? ownerId : null;
    }

    /// <inheritdoc cref="WebhookService.Waiting"/>
    public IReadOnlyList<JournalEntry> Waiting(string id, int max) => webhooks.Waiting(id, max);

    /// <inheritdoc cref="WebhookService.Attempts"/>
    public IReadOnlyList<WebhookAttempt> Attempts(string id) => webhooks.Attempts(id);

    /// <summary>Makes a subscription owned by the administration; the one returned carries the secret, to be shown once.</summary>
    public WebhookSubscription Create(Officer actor, WebhookRequest request)
    {
        var acting = Acting(actor);
        var made = webhooks.Create(request, ownerId: null, ownerAgencyId: null, engine.Catalog);
        Audit(acting, AuditActions.WebhookCreated, made, Describe(made));
        return made;
    }

    /// <summary>Makes a "push timestamps per booking code" connector; its secret is the other system's and is not shown again.</summary>
    public WebhookSubscription CreateConnector(Officer actor, ConnectorRequest request)
    {
        var acting = Acting(actor);
        var made = webhooks.CreateConnector(request, engine.Catalog);
        Audit(acting, AuditActions.ConnectorCreated, made, made.Name + " → " + made.Url + " (" + (made.AgencyId ?? "MPP") + ": " + made.Connector!.TasksText + ")");
        return made;
    }

    /// <summary>Tests the connection now and keeps the result with the subscription.</summary>
    public async Task<ConnectionTest> TestAsync(Officer actor, string id)
    {
        var acting = Acting(actor);
        var test = await webhooks.TestAsync(id).ConfigureAwait(false);
        var subscription = webhooks.Find(id) ?? throw new WebhookException(WebhookError.UnknownWebhook, $"There is no webhook \"{id}\".");
        Audit(acting, AuditActions.WebhookTested, subscription, subscription.Name + ": " + (test.Error ?? "HTTP " + test.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return test;
    }

    public WebhookSubscription Replay(Officer actor, string id, long fromSequence)
    {
        var acting = Acting(actor);
        var replayed = webhooks.Replay(id, fromSequence);
        Audit(acting, AuditActions.WebhookReplayed, replayed, replayed.Name + ": from sequence " + fromSequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return replayed;
    }

    public WebhookSubscription SetPaused(Officer actor, string id, bool paused)
    {
        var acting = Acting(actor);
        var changed = webhooks.SetPaused(id, paused);
        Audit(acting, paused ? AuditActions.WebhookPaused : AuditActions.WebhookResumed, changed, changed.Name);
        return changed;
    }

    public WebhookSubscription Delete(Officer actor, string id)
    {
        var acting = Acting(actor);
        var subscription = webhooks.Find(id) ?? throw new WebhookException(WebhookError.UnknownWebhook, $"There is no webhook \"{id}\".");
        webhooks.Delete(id);
        Audit(acting, AuditActions.WebhookDeleted, subscription, Describe(subscription));
        return subscription;
    }

    private static string Describe(WebhookSubscription subscription) =>
        subscription.Name + " → " + subscription.Url + " (" + (subscription.AgencyId ?? "MPP") + ": "
        + (subscription.Types.IsEmpty ? "*" : string.Join(", ", subscription.Types.Select(t => t.Name()))) + ")";

    private Officer Acting(Officer? actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var stored = store.LoadOfficers().FirstOrDefault(o => o.Id == actor.Id);
        return stored is { Active: true, Role: OfficerRole.Admin }
            ? stored
            : throw new OfficerAdminException(OfficerAdminError.NotAllowed, "Only an active admin manages webhooks.");
    }

    private void Audit(Officer actor, string action, WebhookSubscription subscription, string detail) =>
        store.AppendAudit(new AuditEntry(Tokens.NewId(), time.GetUtcNow(), actor.Id, action, subscription.Id, detail));
}
