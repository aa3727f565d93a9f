namespace MppQueue.Core;

/// <summary>Where webhook subscriptions are kept with their cursors. Writes are atomic and committed when the method returns.</summary>
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

    void DeleteWebhook(string id);
}
