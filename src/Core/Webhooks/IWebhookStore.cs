namespace MppQueue.Core;

/// <summary>Where webhook subscriptions are kept with their cursors. Writes are atomic and committed when the method returns.</summary>
public interface IWebhookStore
{
    IReadOnlyList<WebhookSubscription> LoadWebhooks();

    /// <summary>Adds the subscription or replaces the one with the same id.</summary>
    void SaveWebhook(WebhookSubscription subscription);

    /// <summary>Adds or replaces several subscriptions in one transaction (their cursors, written together).</summary>
    void SaveWebhooks(IReadOnlyCollection<WebhookSubscription> subscriptions);

    void DeleteWebhook(string id);
}
