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
    /// Keeps delivery attempts (of one subscription or several, each one's oldest first) in one transaction, and of each
    /// subscription's attempts only the newest <paramref name="kept"/>. Attempts of a subscription that is no longer
    /// stored (deleted meanwhile, on this node or another) are not kept.
    /// </summary>
    void AppendWebhookAttempts(IReadOnlyCollection<(string WebhookId, WebhookAttempt Attempt)> attempts, int kept);

    /// <summary>A subscription's stored attempts, newest first (none for an unknown one).</summary>
    IReadOnlyList<WebhookAttempt> LoadWebhookAttempts(string webhookId);
}
