namespace MppQueue.Core;

/// <summary>
/// Where webhook subscriptions are kept with their cursors, and each one's last delivery attempts (so that every node
/// and a restarted one show the same). Writes are atomic and committed when the method returns.
/// </summary>
public interface IWebhookStore
{
    IReadOnlyList<WebhookSubscription> LoadWebhooks();

    /// <summary>Adds the subscription or replaces the one with the same id.</summary>
    void SaveWebhook(WebhookSubscription subscription);

    /// <summary>
    /// Replaces stored subscriptions in one transaction (their cursors, a change of state). One that is no longer
    /// stored (deleted, on this node or another) is not written back: a delivery's cursor never brings it back.
    /// </summary>
    void SaveWebhooks(IReadOnlyCollection<WebhookSubscription> subscriptions);

    /// <summary>Removes a subscription and its attempts.</summary>
    void DeleteWebhook(string id);

    /// <summary>
    /// Keeps one delivery attempt of a subscription, and of its attempts only the newest <paramref name="kept"/>. An
    /// attempt of a subscription that is no longer stored (deleted meanwhile, on this node or another) is not kept.
    /// </summary>
    void AppendWebhookAttempt(string webhookId, WebhookAttempt attempt, int kept);

    /// <summary>A subscription's stored attempts, newest first (none for an unknown one).</summary>
    IReadOnlyList<WebhookAttempt> LoadWebhookAttempts(string webhookId);
}
